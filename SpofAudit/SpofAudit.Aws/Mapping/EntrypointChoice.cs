using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// The entrypoints of a discovered account when no overlay names any: what faces users (Internet-facing load
    /// balancers). Without one, every component nothing depends on, except read replicas: a replica serves
    /// reads its primary already serves, so it is never an entrypoint on its own (standbys and group members are
    /// instances of their component, not components).
    /// </summary>
    public sealed class EntrypointChoice
    {
        private EntrypointChoice(IReadOnlyList<string> names, string reason)
        {
            Names = names;
            Reason = reason;
        }

        /// <summary>The entrypoints to add; empty when the model's default (components nothing depends on) is the choice.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>One sentence saying where the entrypoints come from, for a warning or verbose line.</summary>
        public string Reason { get; }

        /// <summary>Whether the account showed what faces its users; otherwise the choice is a guess the user should check.</summary>
        public bool FacesUsers { get; private set; }

        internal static EntrypointChoice Choose(IReadOnlyList<ComponentDraft> drafts, IReadOnlyList<ComponentDraft> userFacing)
        {
            if (userFacing.Count > 0)
            {
                var names = userFacing.Select(d => d.Name).ToArray();
                return new EntrypointChoice(names, "Entrypoints: the Internet-facing load balancers " + string.Join(", ", names) + " (no overlay names entrypoints).")
                {
                    FacesUsers = true,
                };
            }

            var needed = new HashSet<string>(drafts.SelectMany(d => d.Needs).SelectMany(n => n).Select(d => d.Name), StringComparer.Ordinal);
            foreach (var draft in drafts)
            {
                needed.UnionWith(draft.Tags.SelectMany(TagConventions.HardDependencies));
                needed.UnionWith(draft.Tags.SelectMany(TagConventions.SoftDependencies));
            }

            var replicas = drafts.Where(d => d.Labels.ContainsKey(ReadReplicaLabel)).Select(d => d.Name).ToArray();
            var roots = drafts.Where(d => !needed.Contains(d.Name) && !d.Labels.ContainsKey(ReadReplicaLabel)).Select(d => d.Name).ToArray();
            var reason = "Nothing read faces users (no Internet-facing load balancer), so the entrypoints are the components nothing depends on"
                + (replicas.Length > 0 ? ", except the read replicas " + string.Join(", ", replicas) : string.Empty)
                + ": " + (roots.Length > 0 ? string.Join(", ", roots) : "none") + ". Name the real ones in an overlay (entrypoints:).";
            // Without replicas the core's own default (the components nothing depends on) is the same list.
            return new EntrypointChoice(replicas.Length > 0 ? roots : Array.Empty<string>(), reason);
        }

        internal const string ReadReplicaLabel = "aws:readReplicaOf";
    }
}
