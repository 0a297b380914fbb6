using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// One part of the system. It is down when fewer than <see cref="MinHealthy"/> of its instances are
    /// up or a hard dependency is not met; see docs/design.md §4. A component with a <see cref="Scope"/> is a
    /// managed service: it has no instances of its own and fails only with its zones, its region, or never.
    /// </summary>
    public sealed class Component
    {
        public Component(
            string name,
            string? kind,
            IReadOnlyList<Instance> instances,
            int minHealthy,
            ComponentScope scope,
            string? region,
            IReadOnlyList<string> zones,
            IReadOnlyList<string> domains,
            IReadOnlyList<Dependency> dependsOn,
            IReadOnlyList<string> owners,
            Standby? standby,
            ReplicationMode replication,
            Criticality? criticality,
            double? availability,
            IReadOnlyDictionary<string, string> tags,
            SourceLocation location,
            Capacity? capacity = null,
            QuorumRule quorum = QuorumRule.None,
            System.TimeSpan? rto = null,
            System.TimeSpan? rpo = null,
            System.TimeSpan? backupEvery = null,
            ComponentRole? role = null,
            ComponentOrigin? origin = null,
            CodeLocation? code = null,
            IReadOnlyList<OperatorEvidence>? evidence = null,
            IReadOnlyList<OnCallRotation>? onCallRotations = null)
        {
            OnCallRotations = onCallRotations ?? System.Array.Empty<OnCallRotation>();
            Code = code;
            Evidence = evidence ?? System.Array.Empty<OperatorEvidence>();
            Origin = origin ?? ComponentOrigin.None;
            Name = name;
            Kind = kind;
            Instances = instances;
            MinHealthy = minHealthy;
            Scope = scope;
            Region = region;
            Zones = zones;
            Domains = domains;
            DependsOn = dependsOn;
            Owners = owners;
            Standby = standby;
            Replication = replication;
            Criticality = criticality;
            Availability = availability;
            Tags = tags;
            Location = location;
            Capacity = capacity;
            Quorum = quorum;
            Rto = rto;
            Rpo = rpo;
            BackupEvery = backupEvery;
            DeclaredRole = role;
        }

        private int _roleFromKind = -1;

        public string Name { get; }

        /// <summary>Free text such as <c>database</c> or <c>loadbalancer</c>; known kinds get specific advice.</summary>
        public string? Kind { get; }

        /// <summary>The instances, each with its zone, region and domains resolved. Empty for scoped components.</summary>
        public IReadOnlyList<Instance> Instances { get; }

        /// <summary>How many instances (or, for a zonal service, zones) must be up. At least 1.</summary>
        public int MinHealthy { get; }

        /// <summary>Load per unit and peak load, if given; see <see cref="EffectiveMinHealthy"/>.</summary>
        public Capacity? Capacity { get; }

        /// <summary>Whether <see cref="MinHealthy"/> came from <c>quorum: majority</c>.</summary>
        public QuorumRule Quorum { get; }

        /// <summary>
        /// How many units must be up for the component to be up: <see cref="MinHealthy"/>, or more when fewer units
        /// could not carry the peak (<see cref="Model.Capacity.UnitsNeeded"/>). This is what "down" means (docs/design.md §4).
        /// </summary>
        public int EffectiveMinHealthy => Capacity == null ? MinHealthy : System.Math.Max(MinHealthy, Capacity.UnitsNeeded);

        public ComponentScope Scope { get; }

        /// <summary>The region the component was declared in, if any.</summary>
        public string? Region { get; }

        /// <summary>The zones the component was declared over (instances are placed round-robin over them).</summary>
        public IReadOnlyList<string> Zones { get; }

        /// <summary>Shared-fate groups the whole component belongs to (host, rack, power feed, account...).</summary>
        public IReadOnlyList<string> Domains { get; }

        public IReadOnlyList<Dependency> DependsOn { get; }

        /// <summary>
        /// Owner names: people or teams, as written and as evidence (<see cref="Evidence"/>) adds them.
        /// <see cref="SpofModel.OwnersOf"/> expands teams.
        /// </summary>
        public IReadOnlyList<string> Owners { get; }

        /// <summary>Where the component's code lives, if given (<c>code:</c>).</summary>
        public CodeLocation? Code { get; }

        /// <summary>Why owners beyond the declared ones count, each with its source (a CODEOWNERS rule).</summary>
        public IReadOnlyList<OperatorEvidence> Evidence { get; }

        /// <summary>The on-call rotations that operate it, from the schedule exports given with the model.</summary>
        public IReadOnlyList<OnCallRotation> OnCallRotations { get; }

        public Standby? Standby { get; }

        /// <summary>How long recovery takes (failover, or restore), if given: shown in findings and used for severity.</summary>
        public System.TimeSpan? Rto { get; }

        /// <summary>How much recent data an asynchronous failover may lose, if given.</summary>
        public System.TimeSpan? Rpo { get; }

        /// <summary>How often the data is backed up (<c>backup: {every: 24h}</c>); null when no backup is declared.</summary>
        public System.TimeSpan? BackupEvery { get; }

        /// <summary>
        /// Whether the first instance is a primary that the others only stand in for: the component has a standby or
        /// replicates, and more than one instance.
        /// </summary>
        public bool HasPrimary => Scope == ComponentScope.None && Instances.Count > 1 && (Standby != null || Replication != ReplicationMode.None);

        /// <summary>
        /// Whether losing the primary is an outage until someone or something fails over: a warm or cold standby, or a
        /// manual failover. Only a hot standby with automatic failover takes over without one.
        /// </summary>
        public bool FailoverInterrupts => HasPrimary && Standby != null && (Standby.Mode != StandbyMode.Hot || Standby.Failover == FailoverMode.Manual);
        public ReplicationMode Replication { get; }
        public Criticality? Criticality { get; }

        /// <summary>Per-instance availability (0..1) for estimates, if given.</summary>
        public double? Availability { get; }

        public IReadOnlyDictionary<string, string> Tags { get; }
        /// <summary>Where errors about the component point (a file position, or a pseudo file such as <c>aws:us-east-1:natGateway/nat-1</c>).</summary>
        public SourceLocation Location { get; }

        /// <summary>Where the component came from as data: its YAML file position and/or the cloud resource ids it stands for.</summary>
        public ComponentOrigin Origin { get; }

        /// <summary>The role its source set (a cloud resource type, or YAML's <c>role:</c>); null when only the kind says.</summary>
        public ComponentRole? DeclaredRole { get; }

        /// <summary>
        /// What the component does: <see cref="DeclaredRole"/>, or else what its kind names (<see cref="ComponentRoles.Classify"/>),
        /// worked out on first use: only advice reads it, so loading and analysis pay nothing for it.
        /// </summary>
        public ComponentRole Role
        {
            get
            {
                if (DeclaredRole is ComponentRole declared)
                {
                    return declared;
                }

                // An int, so a reader on another thread sees either "not yet" or the whole value.
                var known = _roleFromKind;
                if (known < 0)
                {
                    _roleFromKind = known = (int)ComponentRoles.Classify(Kind);
                }

                return (ComponentRole)known;
            }
        }

        public override string ToString() => Name;
    }
}
