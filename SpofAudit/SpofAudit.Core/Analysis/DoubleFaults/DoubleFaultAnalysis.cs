using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// The order-2 answer in one pass, the order-1 propagation carried one step further: for every node, the events
    /// that alone take it down (<see cref="Singles"/>) and the minimal pairs that together do (<see cref="Pairs"/>).
    /// Through a component (down when anything below it is) the pairs are a union; through a k-of-n group or a
    /// component's own units they are counted, since two events can each take down some members and together
    /// enough. Dependency cycles are iterated to their least fixed point like the order-1 sets.
    /// </summary>
    internal sealed class DoubleFaultAnalysis
    {
        private DoubleFaultAnalysis(InstanceEventCatalog events, long[][] localPairs, int[][] singles, long[][] pairs)
        {
            Events = events;
            LocalPairs = localPairs;
            Singles = singles;
            Pairs = pairs;
        }

        public InstanceEventCatalog Events { get; }

        /// <summary>Per component: the pairs that take down enough of its own units.</summary>
        public long[][] LocalPairs { get; }

        /// <summary>Per node: the events that alone take it down.</summary>
        public int[][] Singles { get; }

        /// <summary>Per node: the minimal pairs of events that together take it down (see <see cref="EventPair"/>).</summary>
        public long[][] Pairs { get; }

        /// <exception cref="PairBudgetExceededException">The pass would build more than <paramref name="pairBudget"/> pairs.</exception>
        [MethodImpl(HotPath.Optimized)]
        public static DoubleFaultAnalysis Run(SpofModel model, FailureGraph graph, long pairBudget, CancellationToken cancellation)
        {
            var events = new InstanceEventCatalog(model);
            var budget = new PairBudget(pairBudget);
            var localSingles = new int[graph.ComponentCount][];
            var localPairs = new long[graph.ComponentCount][];
            try
            {
                ParallelChunks.Run(graph.ComponentCount, 256, cancellation, () => new PairCutBuilder(events.Count, budget), (c, local) =>
                {
                    var component = model.Components[c];
                    var threshold = PlacementUnits.FailuresToBreak(component, PlacementUnits.Count(component));
                    (localSingles[c], localPairs[c]) = local.Local(threshold, events.Classes[c]);
                });
            }
            catch (AggregateException failed) when (failed.InnerException is PairBudgetExceededException exceeded)
            {
                // One worker's stop stops them all: the pass has no answer.
                throw new PairBudgetExceededException(exceeded.Limit);
            }

            var singles = new int[graph.NodeCount][];
            var pairs = new long[graph.NodeCount][];
            var builder = new PairCutBuilder(events.Count, budget);
            var union = new EventSetBuilder(events.Count);
            var order = StronglyConnected.ChildrenFirst(graph.HardChildren);
            for (var i = 0; i < order.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var node = order.First(i);
                if (order.Size(i) == 1 && Array.IndexOf(graph.HardChildren[node], node) < 0)
                {
                    Compute(node, graph, localSingles, localPairs, singles, pairs, builder, union);
                    continue;
                }

                var scc = order.Members(i);
                foreach (var member in scc)
                {
                    singles[member] = Array.Empty<int>();
                    pairs[member] = Array.Empty<long>();
                }

                // Both sets only grow as a whole (a pair leaves only when one of its events becomes a single), so
                // unchanged sizes of both mean the least fixed point.
                bool changed;
                do
                {
                    changed = false;
                    foreach (var member in scc)
                    {
                        var (oldSingles, oldPairs) = (singles[member].Length, pairs[member].Length);
                        Compute(member, graph, localSingles, localPairs, singles, pairs, builder, union);
                        changed |= singles[member].Length != oldSingles || pairs[member].Length != oldPairs;
                    }
                }
                while (changed);
            }

            return new DoubleFaultAnalysis(events, localPairs, singles, pairs);
        }

        [MethodImpl(HotPath.Optimized)]
        private static void Compute(int node, FailureGraph graph, int[][] localSingles, long[][] localPairs, int[][] singles, long[][] pairs, PairCutBuilder builder, EventSetBuilder union)
        {
            var children = graph.HardChildren[node];
            if (graph.IsGroup(node))
            {
                var memberSingles = new int[children.Length][];
                var memberPairs = new long[children.Length][];
                for (var m = 0; m < children.Length; m++)
                {
                    memberSingles[m] = singles[children[m]];
                    memberPairs[m] = pairs[children[m]];
                }

                (singles[node], pairs[node]) = builder.AtLeast(graph.Threshold[node], memberSingles, memberPairs);
                return;
            }

            union.Begin();
            union.Add(localSingles[node]);
            foreach (var child in children)
            {
                union.Add(singles[child]);
            }

            singles[node] = union.Finish();
            pairs[node] = builder.Union(localPairs[node], children, pairs, singles[node]);
        }
    }
}
