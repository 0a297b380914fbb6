using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// What AWS tells about entrypoints, for <see cref="DiscoveredEntrypoints"/>: Internet-facing load balancers face
    /// users; a read replica serves reads its primary already serves, so it is never an entrypoint on its own
    /// (standbys and group members are instances of their component, not components).
    /// </summary>
    internal static class EntrypointChoice
    {
        internal const string ReadReplicaLabel = "aws:readReplicaOf";

        internal static DiscoveredEntrypoints Choose(IReadOnlyList<ComponentDraft> drafts, IReadOnlyList<ComponentDraft> internetFacing)
        {
            var dependedOn = new HashSet<string>(drafts.SelectMany(d => d.Needs).SelectMany(n => n).Select(d => d.Name), StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                dependedOn.UnionWith(draft.Tags.SelectMany(TagConventions.HardDependencies));
                dependedOn.UnionWith(draft.Tags.SelectMany(TagConventions.SoftDependencies));
            }

            var userFacing = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var balancer in internetFacing)
            {
                userFacing[balancer.Name] = "Internet-facing load balancer";
            }

            var replicas = drafts.Where(d => d.Labels.ContainsKey(ReadReplicaLabel))
                .ToDictionary(d => d.Name, d => "read replica of " + d.Labels[ReadReplicaLabel], StringComparer.Ordinal);
            return DiscoveredEntrypoints.Choose(drafts.Select(d => d.Name), dependedOn, userFacing, replicas);
        }
    }
}
