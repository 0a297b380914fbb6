using System.Collections.Generic;
using SpofAudit.Aws.Inventory;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// A component being assembled from AWS resources before its final name is known (names that collide across
    /// regions are qualified only once every resource has been seen).
    /// </summary>
    internal sealed class ComponentDraft
    {
        public ComponentDraft(string baseName, string region, string resourceId, string kind, string source, ComponentRole? role = null)
        {
            Role = role;
            BaseName = baseName;
            Region = region;
            ResourceId = resourceId;
            Kind = kind;
            Source = source;
        }

        public string BaseName { get; }
        public string Region { get; }

        /// <summary>The AWS id or ARN the component stands for, to qualify a colliding name.</summary>
        public string ResourceId { get; }

        public string Kind { get; set; }

        /// <summary>What the resource type says the component does; null for EC2, whose role only its kind tag can tell.</summary>
        public ComponentRole? Role { get; }

        /// <summary>Where the facts came from, as a pseudo file name in errors (e.g. <c>aws:us-east-1:asg/web</c>).</summary>
        public string Source { get; }

        public string Name { get; set; } = string.Empty;

        /// <summary>The ARNs (or ids, when no ARN can be built) of the resources the component stands for, for its origin.</summary>
        public List<string> ResourceIds { get; } = new List<string>();
        public List<InstanceSpec> Instances { get; } = new List<InstanceSpec>();
        public List<string> Zones { get; } = new List<string>();
        public ComponentScope Scope { get; set; } = ComponentScope.None;
        public Standby? Standby { get; set; }
        public ReplicationMode Replication { get; set; } = ReplicationMode.None;

        /// <summary>Drafts this one needs; each inner list is one dependency, several members meaning any of them.</summary>
        public List<IReadOnlyList<ComponentDraft>> Needs { get; } = new List<IReadOnlyList<ComponentDraft>>();

        public List<AwsTags> Tags { get; } = new List<AwsTags>();
        public Dictionary<string, string> Labels { get; } = new Dictionary<string, string>(System.StringComparer.Ordinal);
    }
}
