using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Walks what one entrypoint hard-depends on, breadth first, for <see cref="TruckFactorAnalysis"/>. Holds one
    /// worker's scratch arrays the size of the graph, reused walk after walk without clearing (each walk takes a new
    /// number, as <see cref="VisitMarks"/> does).
    /// </summary>
    internal sealed class OwnerWalker
    {
        private readonly FailureGraph _graph;
        private readonly int[] _ownerCount;
        private readonly long[] _setKey;
        private readonly int[] _seen;
        private readonly int[] _parent;
        private readonly int[] _queue;
        private readonly HashSet<long> _found = new HashSet<long>();
        private readonly List<int> _owned = new List<int>();
        private int _walk;

        /// <param name="graph">The graph whose hard edges the walks follow.</param>
        /// <param name="ownerCount">Per component, how many people can operate it.</param>
        /// <param name="setKey">Per component, the key of its owner set when it has 1 to <see cref="TruckFactorAnalysis.MaxSetSize"/> people, else 0.</param>
        public OwnerWalker(FailureGraph graph, int[] ownerCount, long[] setKey)
        {
            _graph = graph;
            _ownerCount = ownerCount;
            _setKey = setKey;
            _seen = new int[graph.NodeCount];
            _parent = new int[graph.NodeCount];
            _queue = new int[graph.NodeCount];
        }

        [MethodImpl(HotPath.Optimized)]
        public OwnerWalk Walk(int entrypoint)
        {
            _found.Clear();
            _owned.Clear();
            var walk = ++_walk;
            var hits = new List<int>();
            var smallest = int.MaxValue;
            var head = 0;
            var tail = 0;
            _queue[tail++] = entrypoint;
            _seen[entrypoint] = walk;
            _parent[entrypoint] = -1;
            while (head < tail)
            {
                var node = _queue[head++];
                if (!_graph.IsGroup(node) && _ownerCount[node] > 0)
                {
                    smallest = Math.Min(smallest, _ownerCount[node]);
                    _owned.Add(node);
                    if (_setKey[node] != 0)
                    {
                        _found.Add(_setKey[node]);
                        if (_ownerCount[node] >= 2)
                        {
                            hits.Add(node);
                        }
                    }
                }

                foreach (var child in _graph.HardChildren[node])
                {
                    if (_seen[child] != walk)
                    {
                        _seen[child] = walk;
                        _parent[child] = node;
                        _queue[tail++] = child;
                    }
                }
            }

            // Hits come in breadth-first order: the first hit of a set has the shortest path to it.
            var keys = new List<long>();
            var components = new List<int>();
            var paths = new Dictionary<long, int[]>();
            foreach (var node in hits)
            {
                var key = _setKey[node];
                if (TruckFactorAnalysis.IsMinimal(key, _found))
                {
                    keys.Add(key);
                    components.Add(node);
                    if (!paths.ContainsKey(key))
                    {
                        paths[key] = PathTo(node);
                    }
                }
            }

            return new OwnerWalk(smallest == int.MaxValue ? 0 : smallest, keys, components, paths, FewestOwnersFirst(), _owned.Count);
        }

        /// <summary>
        /// Up to <see cref="TruckFactorAnalysis.MaxListedComponents"/> of the owned components reached, those with the
        /// fewest people first and, among equals, the nearest: the ones the truck factor comes from.
        /// </summary>
        private int[] FewestOwnersFirst()
        {
            // One key per component, people in the high half and breadth-first position in the low: one sort, no comparer.
            var order = new long[_owned.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = ((long)_ownerCount[_owned[i]] << 32) | (uint)i;
            }

            Array.Sort(order);
            var listed = new int[Math.Min(order.Length, TruckFactorAnalysis.MaxListedComponents)];
            for (var i = 0; i < listed.Length; i++)
            {
                listed[i] = _owned[(int)(order[i] & uint.MaxValue)];
            }

            return listed;
        }

        private int[] PathTo(int node)
        {
            var length = 0;
            for (var n = node; n >= 0; n = _parent[n])
            {
                length++;
            }

            var path = new int[length];
            for (var n = node; n >= 0; n = _parent[n])
            {
                path[--length] = n;
            }

            return path;
        }
    }
}
