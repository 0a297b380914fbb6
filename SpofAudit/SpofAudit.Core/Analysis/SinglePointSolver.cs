using System.Runtime.CompilerServices;
using System.Threading;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Solves the order-1 equations of <see cref="SinglePointAnalysis"/> into shared sets (<see cref="EventSetStore"/>),
    /// children first. A dependency cycle made of components only is down exactly when something outside it takes one
    /// member down (each member takes down the members that need it, around the cycle), so all its members share one
    /// set, built in one pass over their edges. A cycle through a k-of-n group has no such shortcut: its members' sets
    /// start empty and are recomputed until none grows, their least fixed point.
    /// </summary>
    internal sealed class SinglePointSolver
    {
        private readonly FailureGraph _graph;
        private readonly EventSetStore _sets;
        private readonly int[][] _localDown;
        private readonly int[][] _localDegraded;
        private readonly EventSetBuilder _builder;
        private readonly int[] _cycleOf;

        public SinglePointSolver(FailureGraph graph, EventSetStore sets, int[][] localDown, int[][] localDegraded, EventSetBuilder builder)
        {
            _graph = graph;
            _sets = sets;
            _localDown = localDown;
            _localDegraded = localDegraded;
            _builder = builder;
            _cycleOf = new int[graph.NodeCount];
            Down = new int[graph.NodeCount];
            Degraded = new int[graph.NodeCount];
        }

        /// <summary>Per node: the set of events that alone take it down.</summary>
        public int[] Down { get; }

        /// <summary>Per node: the set of events that alone degrade it and do not take it down.</summary>
        public int[] Degraded { get; }

        /// <summary>Every down set first, since a degraded set reads its soft children's down sets wherever they are.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Solve(SccOrder order, CancellationToken cancellation)
        {
            SolveAll(order, degraded: false, cancellation);
            SolveAll(order, degraded: true, cancellation);
        }

        [MethodImpl(HotPath.Optimized)]
        private void SolveAll(SccOrder order, bool degraded, CancellationToken cancellation)
        {
            var sets = degraded ? Degraded : Down;
            for (var i = 0; i < order.Count; i++)
            {
                if ((i & 1023) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                }

                var node = order.First(i);
                if (order.Size(i) == 1 && System.Array.IndexOf(_graph.HardChildren[node], node) < 0)
                {
                    sets[node] = degraded ? DegradedOf(node) : DownOf(node);
                }
                else if (MarkCycle(order, i))
                {
                    SolveComponentCycle(order, i, degraded);
                }
                else
                {
                    SolveByIteration(order.Members(i), sets, degraded);
                }
            }
        }

        /// <summary>Marks the cycle's members as cycle <paramref name="scc"/>; false when one of them is a group.</summary>
        private bool MarkCycle(SccOrder order, int scc)
        {
            var onlyComponents = true;
            var end = order.Start(scc) + order.Size(scc);
            for (var at = order.Start(scc); at < end; at++)
            {
                var member = order.Nodes[at];
                _cycleOf[member] = scc + 1;
                onlyComponents &= !_graph.IsGroup(member);
            }

            return onlyComponents;
        }

        /// <summary>
        /// One set for every member: what the members' own units and the dependencies leaving the cycle bring in; the
        /// degraded set then leaves out what takes the cycle down, as a single member's would.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void SolveComponentCycle(SccOrder order, int scc, bool degraded)
        {
            var start = order.Start(scc);
            var end = start + order.Size(scc);
            var shared = EventSetStore.Empty;
            for (var at = start; at < end; at++)
            {
                var member = order.Nodes[at];
                shared = _sets.Union(shared, _sets.FromSorted(degraded ? _localDegraded[member] : _localDown[member]));
                foreach (var child in _graph.HardChildren[member])
                {
                    if (_cycleOf[child] != scc + 1)
                    {
                        shared = _sets.Union(shared, degraded ? Degraded[child] : Down[child]);
                    }
                }

                if (degraded)
                {
                    foreach (var soft in _graph.SoftChildren[member])
                    {
                        shared = _sets.Union(shared, Down[soft]);
                    }
                }
            }

            var sets = degraded ? Degraded : Down;
            if (degraded)
            {
                shared = _sets.Difference(shared, Down[order.Nodes[start]]);
            }

            for (var at = start; at < end; at++)
            {
                sets[order.Nodes[at]] = shared;
            }
        }

        /// <summary>
        /// Recomputes every member until none grows. The equations are monotone, so this is their least fixed point,
        /// reached after at most one round per event a set can gain.
        /// </summary>
        private void SolveByIteration(int[] members, int[] sets, bool degraded)
        {
            foreach (var member in members)
            {
                sets[member] = EventSetStore.Empty;
            }

            bool grew;
            do
            {
                grew = false;
                foreach (var member in members)
                {
                    var next = degraded ? DegradedOf(member) : DownOf(member);
                    if (_sets.Count(next) != _sets.Count(sets[member]))
                    {
                        sets[member] = next;
                        grew = true;
                    }
                }
            }
            while (grew);
        }

        /// <summary>A component: its own events and every hard child's. A group: the events in enough members' sets.</summary>
        [MethodImpl(HotPath.Optimized)]
        private int DownOf(int node)
        {
            var children = _graph.HardChildren[node];
            if (_graph.IsGroup(node) && _graph.Threshold[node] > 1)
            {
                // Counting needs each member's events one by one: O(the members' set sizes).
                var memberSets = new int[children.Length][];
                for (var m = 0; m < children.Length; m++)
                {
                    memberSets[m] = _sets.ToArray(Down[children[m]]);
                }

                return _sets.FromSorted(_builder.AtLeast(memberSets, _graph.Threshold[node]));
            }

            var set = _sets.FromSorted(_localDown[node]);
            foreach (var child in children)
            {
                set = _sets.Union(set, Down[child]);
            }

            return set;
        }

        /// <summary>Own owners' absence, soft children's outages and hard children's degradations, less what takes it down.</summary>
        [MethodImpl(HotPath.Optimized)]
        private int DegradedOf(int node)
        {
            var set = _sets.FromSorted(_localDegraded[node]);
            foreach (var soft in _graph.SoftChildren[node])
            {
                set = _sets.Union(set, Down[soft]);
            }

            foreach (var child in _graph.HardChildren[node])
            {
                set = _sets.Union(set, Degraded[child]);
            }

            return _sets.Difference(set, Down[node]);
        }
    }
}
