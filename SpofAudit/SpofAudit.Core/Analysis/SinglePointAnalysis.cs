using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// The order-1 answer in one pass over the model: for every node, the set of events that alone take it
    /// down (<see cref="Down"/>) and the set that alone degrade it without taking it down
    /// (<see cref="Degraded"/>). Down sets are unions through hard dependencies, counts through k-of-n
    /// groups (an <c>anyOf</c> is a count that needs every member); degraded sets add soft dependencies'
    /// down sets and hard dependencies' degraded sets. Nodes are visited children first, and the members of
    /// a dependency cycle are iterated together to their least fixed point, which is what "members of a
    /// cycle fall together" means: a cycle is down only when something outside it took it down.
    /// </summary>
    internal sealed class SinglePointAnalysis
    {
        private SinglePointAnalysis(FailureGraph graph, EventCatalog events, int[][] localDown, int[][] localDegraded, EventSetStore sets, int[] down, int[] degraded)
        {
            Graph = graph;
            Events = events;
            LocalDown = localDown;
            LocalDegraded = localDegraded;
            Sets = sets;
            Down = down;
            Degraded = degraded;
        }

        public FailureGraph Graph { get; }
        public EventCatalog Events { get; }

        /// <summary>Per component: the events that fail enough of its own units to take it down.</summary>
        public int[][] LocalDown { get; }

        /// <summary>Per component: the people whose absence leaves it with no owner.</summary>
        public int[][] LocalDegraded { get; }

        /// <summary>The store that holds <see cref="Down"/> and <see cref="Degraded"/>; sets share their parts.</summary>
        public EventSetStore Sets { get; }

        /// <summary>Per node: the set (in <see cref="Sets"/>) of events that alone take it down.</summary>
        public int[] Down { get; }

        /// <summary>Per node: the set (in <see cref="Sets"/>) of events that alone degrade it and do not take it down.</summary>
        public int[] Degraded { get; }

        /// <summary>Whether <paramref name="e"/> alone takes <paramref name="node"/> down.</summary>
        public bool IsDown(int node, int e) => Sets.Contains(Down[node], e);

        /// <summary>Whether <paramref name="e"/> alone degrades <paramref name="node"/> without taking it down.</summary>
        public bool IsDegraded(int node, int e) => Sets.Contains(Degraded[node], e);

        /// <summary>The events that alone take <paramref name="node"/> down, ascending: O(their number).</summary>
        public int[] DownEvents(int node) => Sets.ToArray(Down[node]);

        /// <summary>The events that alone degrade <paramref name="node"/>, ascending: O(their number).</summary>
        public int[] DegradedEvents(int node) => Sets.ToArray(Degraded[node]);

        [MethodImpl(HotPath.Optimized)]
        public static SinglePointAnalysis Run(SpofModel model, FailureGraph graph, EventCatalog events, CancellationToken cancellation, FailureSemantics semantics = FailureSemantics.Full)
        {
            var localDown = new int[graph.NodeCount][];
            var localDegraded = new int[graph.NodeCount][];
            // Each component's local events depend on it alone: count them on every core.
            ParallelChunks.Run(graph.ComponentCount, 256, cancellation, () => new PlaceCounter(events.Count), (node, counter) =>
            {
                localDown[node] = LocalDownEvents(node, model, events, counter, semantics);
                localDegraded[node] = SoleOwnerEvents(model.Components[node], model, events);
            });
            for (var node = graph.ComponentCount; node < graph.NodeCount; node++)
            {
                localDown[node] = Array.Empty<int>();
                localDegraded[node] = Array.Empty<int>();
            }

            var order = StronglyConnected.ChildrenFirst(graph.HardChildren);
            var sets = new EventSetStore();
            var solver = new SinglePointSolver(graph, sets, localDown, localDegraded, new EventSetBuilder(events.Count));
            solver.Solve(order, cancellation);
            return new SinglePointAnalysis(graph, events, localDown, localDegraded, sets, solver.Down, solver.Degraded);
        }

        /// <summary>
        /// The zone, region and domain events that fail at least <c>needed</c> of the component's units, and
        /// its instance event when one instance alone is enough. Counts per event in <paramref name="counter"/>.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private static int[] LocalDownEvents(int componentIndex, SpofModel model, EventCatalog events, PlaceCounter counter, FailureSemantics semantics)
        {
            var component = model.Components[componentIndex];
            var units = counter.UnitsOf(component, model, out var unitCount);
            var needed = PlacementUnits.FailuresToBreak(component, unitCount, semantics);
            counter.Begin();
            var hasInstance = false;
            for (var u = 0; u < unitCount; u++)
            {
                var unit = units[u];
                hasInstance |= unit.InstanceName != null;
                counter.BeginUnit();
                if (unit.Zone != null)
                {
                    counter.Count(events.Zone(unit.Zone));
                }

                if (unit.Region != null)
                {
                    counter.Count(events.Region(unit.Region));
                }

                var domains = unit.Domains;
                for (var d = 0; d < domains.Count; d++)
                {
                    counter.Count(events.Domain(domains[d]));
                }
            }

            var local = counter.Reaching(needed, needed == 1 && hasInstance ? componentIndex : -1);
            return (semantics & FailureSemantics.BeforeFailover) != 0 && component.FailoverInterrupts && unitCount > 0
                ? WithPrimary(local, componentIndex, units[0], events)
                : local;
        }

        /// <summary>
        /// Before a failover the primary's loss alone is an outage: add the events that fail the primary unit. In this
        /// reading the component's instance event stands for its primary, not for any one instance.
        /// </summary>
        private static int[] WithPrimary(int[] local, int componentIndex, PlacementUnit primary, EventCatalog events)
        {
            var result = new SortedSet<int>(local) { componentIndex };
            if (primary.Zone != null)
            {
                result.Add(events.Zone(primary.Zone));
            }

            if (primary.Region != null)
            {
                result.Add(events.Region(primary.Region));
            }

            foreach (var domain in primary.Domains)
            {
                result.Add(events.Domain(domain));
            }

            var array = new int[result.Count];
            result.CopyTo(array);
            return array;
        }

        private static int[] SoleOwnerEvents(Component component, SpofModel model, EventCatalog events)
        {
            if (component.Owners.Count == 0)
            {
                return Array.Empty<int>();
            }

            var owners = model.OwnersOf(component);
            return owners.Count == 1 ? new[] { events.Person(owners[0]) } : Array.Empty<int>();
        }
    }
}
