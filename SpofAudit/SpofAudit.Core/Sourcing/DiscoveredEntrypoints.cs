using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Sourcing
{
    /// <summary>
    /// The entrypoints of a discovered cloud inventory when no overlay names any. What faces users (an
    /// Internet-facing load balancer, a public gateway, a global front door) is where users arrive, so it is an
    /// entrypoint; of those, the ones nothing else in the inventory fronts. Components nothing depends on are
    /// entrypoints too, said to be a guess, so that what no user-facing entrypoint reaches is still audited; except
    /// those that never serve users on their own (read replicas, geo-secondaries, members of a group audited through
    /// their owner): measuring from a replica would call the replica itself a SPOF.
    /// Shared by the AWS and Azure readers, so both choose and say it the same way.
    /// </summary>
    public sealed class DiscoveredEntrypoints
    {
        private DiscoveredEntrypoints(IReadOnlyList<string> names, string reason, bool facesUsers, bool guessed)
        {
            Names = names;
            Reason = reason;
            FacesUsers = facesUsers;
            Guessed = guessed;
        }

        /// <summary>The entrypoints to add; empty when the model's default (components nothing depends on) is the same choice.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>One sentence saying where the entrypoints come from.</summary>
        public string Reason { get; }

        /// <summary>Whether the inventory showed what faces users.</summary>
        public bool FacesUsers { get; }

        /// <summary>Whether some entrypoint is a guess the user should check (nothing showed how users reach it).</summary>
        public bool Guessed { get; }

        /// <summary>Chooses the entrypoints (see the class summary).</summary>
        /// <param name="components">Every discovered component's name, in the inventory's order.</param>
        /// <param name="dependedOn">The names some other component depends on, hard or soft.</param>
        /// <param name="userFacing">Components that face users, each with how it does ("Internet-facing load balancer").</param>
        /// <param name="notOnTheirOwn">Components that never serve users on their own, each with what it is ("read replica of db-1").</param>
        /// <param name="frontDoors">What would have faced users in this kind of inventory, for the warning when nothing does.</param>
        public static DiscoveredEntrypoints Choose(
            IEnumerable<string> components,
            ISet<string> dependedOn,
            IReadOnlyDictionary<string, string> userFacing,
            IReadOnlyDictionary<string, string> notOnTheirOwn,
            string frontDoors = "Internet-facing load balancer, public gateway or front door")
        {
            var all = components.ToArray();
            var roots = all.Where(name => !dependedOn.Contains(name)).ToArray();
            var excluded = roots.Where(notOnTheirOwn.ContainsKey).ToArray();
            var except = excluded.Length > 0
                ? ", except " + string.Join(", ", excluded.Select(name => $"{name} ({notOnTheirOwn[name]})"))
                : string.Empty;
            var facing = all.Where(userFacing.ContainsKey).ToArray();
            if (facing.Length > 0)
            {
                // A public gateway behind a front door is reached through the front door: start from the outermost.
                var outermost = facing.Where(name => !dependedOn.Contains(name)).ToArray();
                var front = outermost.Length > 0 ? outermost : facing;
                // What no user-facing entrypoint reaches is still audited, from itself: leaving it out would hide its risks.
                var unreached = roots.Where(name => !userFacing.ContainsKey(name) && !notOnTheirOwn.ContainsKey(name)).ToArray();
                var said = "Entrypoints: what faces users, " + string.Join(", ", front.Select(name => $"{name} ({userFacing[name]})"));
                if (unreached.Length == 0)
                {
                    return new DiscoveredEntrypoints(front, said + except + " (no overlay names entrypoints).", facesUsers: true, guessed: false);
                }

                return new DiscoveredEntrypoints(
                    front.Concat(unreached).ToArray(),
                    said + "; and, audited on their own because nothing read depends on them, " + string.Join(", ", unreached) + except
                        + ". If users reach them through something else, name it in an overlay (dependsOn:, entrypoints:).",
                    facesUsers: true,
                    guessed: true);
            }

            var kept = roots.Where(name => !notOnTheirOwn.ContainsKey(name)).ToArray();
            if (kept.Length == 0 && excluded.Length > 0)
            {
                // Only replicas (or group members) stand on top: measuring from them is all the inventory allows.
                return new DiscoveredEntrypoints(
                    Array.Empty<string>(),
                    "Nothing read faces users and the only components nothing depends on never serve users on their own: "
                        + string.Join(", ", excluded.Select(name => $"{name} ({notOnTheirOwn[name]})"))
                        + "; they are the entrypoints for want of others. Export what they replicate, or name the real entrypoints in an overlay (entrypoints:).",
                    facesUsers: false,
                    guessed: true);
            }

            var reason = $"Nothing read faces users (no {frontDoors}), so the entrypoints are the components nothing depends on"
                + except + ": " + (kept.Length > 0 ? string.Join(", ", kept) : "none") + ". Name the real ones in an overlay (entrypoints:).";
            // Without exclusions the core's own default (the components nothing depends on) is the same list.
            return new DiscoveredEntrypoints(excluded.Length > 0 ? kept : Array.Empty<string>(), reason, facesUsers: false, guessed: true);
        }

        /// <summary>
        /// Adds the entrypoints when the builder has none (an overlay's entrypoints replace the discovered ones) and
        /// says where they come from: a verbose line when users' front doors are all of them, else a warning, since
        /// the findings are only as right as the entrypoints they are measured from.
        /// </summary>
        public void ApplyTo(ModelBuilder builder, ISpofHost host)
        {
            if (builder.HasEntrypoints)
            {
                return;
            }

            if (!Guessed)
            {
                host.WriteVerbose(Reason);
            }
            else
            {
                host.WriteWarning(Reason);
            }

            foreach (var name in Names)
            {
                builder.AddEntrypoint(new NameReference(name));
            }
        }
    }
}
