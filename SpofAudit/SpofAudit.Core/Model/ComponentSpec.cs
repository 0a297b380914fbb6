using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// A component as a source described it ("spec" level, docs/design.md §3): instances as a count or a list, zones,
    /// region and domains not yet resolved, names not yet checked. <see cref="ModelBuilder"/> turns it into a
    /// <see cref="Component"/>. The optional *Location properties say where a value was written, so an error
    /// about it points there; when null, errors point at <see cref="Location"/>.
    /// </summary>
    public sealed class ComponentSpec
    {
        public ComponentSpec(string name, SourceLocation? location = null)
        {
            Name = name;
            Location = location ?? SourceLocation.None;
        }

        public string Name { get; }
        public SourceLocation Location { get; }

        /// <summary>Where the component came from as data: its file position, or the cloud resources it stands for.</summary>
        public ComponentOrigin Origin { get; set; } = ComponentOrigin.None;
        public string? Kind { get; set; }

        /// <summary>What the component does, when the source knows (a cloud resource type, or <c>role:</c>); null: read from <see cref="Kind"/>.</summary>
        public ComponentRole? Role { get; set; }

        /// <summary><c>instances: n</c>. Instances are named <c>name-1..name-n</c> and placed round-robin over <see cref="Zones"/>.
        /// When both this and <see cref="Instances"/> are null the component has one instance (unless it has a scope).</summary>
        public int? InstanceCount { get; set; }

        /// <summary><c>instances: [...]</c>, one entry per instance.</summary>
        public IReadOnlyList<InstanceSpec>? Instances { get; set; }

        public SourceLocation? InstancesLocation { get; set; }
        public IReadOnlyList<NameReference> Zones { get; set; } = Array.Empty<NameReference>();
        public IReadOnlyList<DependencySpec> DependsOn { get; set; } = Array.Empty<DependencySpec>();

        /// <summary>Default 1; must be 1..units (instances, or zones of a zonal service, or 1 for regional/global).</summary>
        public int? MinHealthy { get; set; }

        public SourceLocation? MinHealthyLocation { get; set; }

        /// <summary><c>quorum: majority</c> sets minHealthy to a majority of the units.</summary>
        public QuorumRule Quorum { get; set; }

        public SourceLocation? QuorumLocation { get; set; }

        /// <summary><c>capacity: {perInstance, peak}</c>: raises the effective minHealthy to ceil(peak / perInstance).</summary>
        public Capacity? Capacity { get; set; }

        public SourceLocation? CapacityLocation { get; set; }

        /// <summary><c>rto</c>: how long a failover (or restore) takes.</summary>
        public TimeSpan? Rto { get; set; }

        /// <summary><c>rpo</c>: how much recent data a failover to an asynchronous replica may lose.</summary>
        public TimeSpan? Rpo { get; set; }

        /// <summary><c>backup: {every: 24h}</c>: how often the component's data is backed up.</summary>
        public TimeSpan? BackupEvery { get; set; }
        public Standby? Standby { get; set; }
        public ReplicationMode Replication { get; set; } = ReplicationMode.None;
        public IReadOnlyList<NameReference> Owners { get; set; } = Array.Empty<NameReference>();

        /// <summary>Where the component's code lives, if given (<c>code:</c>).</summary>
        public CodeLocation? Code { get; set; }

        /// <summary>
        /// The Backstage entity this component is (<c>backstage: component:default/ledger</c>; kind Component and
        /// namespace <c>default</c> when left out), for a catalog's owner to join it when the names differ.
        /// </summary>
        public NameReference? Backstage { get; set; }

        /// <summary>Why owners beyond the declared ones count (a CODEOWNERS rule); their names are in <see cref="Owners"/> too.</summary>
        public IReadOnlyList<OperatorEvidence> Evidence { get; set; } = Array.Empty<OperatorEvidence>();

        /// <summary><c>oncall: NAME</c>: the on-call schedule (name or id) whose rotation operates the component.</summary>
        public NameReference? OnCall { get; set; }

        /// <summary>The on-call rotations matched to the component (by <see cref="OnCall"/> or by its name).</summary>
        public IReadOnlyList<OnCallRotation> OnCallRotations { get; set; } = Array.Empty<OnCallRotation>();
        public ComponentScope Scope { get; set; } = ComponentScope.None;
        public SourceLocation? ScopeLocation { get; set; }
        public NameReference? Region { get; set; }
        public IReadOnlyList<NameReference> Domains { get; set; } = Array.Empty<NameReference>();
        public Criticality? Criticality { get; set; }

        /// <summary>Per-instance availability, 0 &lt; a &lt;= 1.</summary>
        public double? Availability { get; set; }

        public SourceLocation? AvailabilityLocation { get; set; }
        public IReadOnlyDictionary<string, string> Tags { get; set; } = NoTags;

        /// <summary>An empty, read-only tag map that components without tags share.</summary>
        public static IReadOnlyDictionary<string, string> NoTags { get; } =
            new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.Ordinal));
    }
}
