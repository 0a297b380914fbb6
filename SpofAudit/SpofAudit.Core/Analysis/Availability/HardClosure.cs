using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The part of a model one entrypoint's "down" depends on: the components it reaches through hard dependencies
    /// (soft ones only degrade). A candidate change is evaluated on this sub-model, so trying it costs the size of
    /// one service, not of the whole estate.
    /// </summary>
    internal static class HardClosure
    {
        public static SpofModel Of(SpofModel model, string entrypoint, Component? replacement = null)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal) { entrypoint };
            var queue = new Queue<string>();
            queue.Enqueue(entrypoint);
            while (queue.Count > 0)
            {
                var component = model.FindComponent(queue.Dequeue())!;
                foreach (var member in component.DependsOn.Where(d => !d.Soft).SelectMany(d => d.Members))
                {
                    if (reached.Add(member))
                    {
                        queue.Enqueue(member);
                    }
                }
            }

            // Soft dependencies leading out of the closure go, so the sub-model is whole: they never make anything down.
            var components = model.Components
                .Where(c => reached.Contains(c.Name))
                .Select(c => replacement != null && c.Name == replacement.Name ? replacement : c)
                .Select(c => c.DependsOn.All(d => d.Members.All(reached.Contains)) ? c : ComponentVariant.With(c, dependsOn: c.DependsOn.Where(d => d.Members.All(reached.Contains)).ToArray()))
                .ToArray();
            return new SpofModel(model.Name, components, new[] { entrypoint }, model.Regions, Array.Empty<Person>(), Array.Empty<Team>(), model.Provenance, model.UndisclosedZones);
        }

        /// <summary>Whether the component is in the entrypoint's closure.</summary>
        public static bool Contains(SpofModel closure, string component) => closure.FindComponent(component) != null;
    }
}
