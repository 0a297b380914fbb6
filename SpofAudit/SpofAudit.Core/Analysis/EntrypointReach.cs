using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Which entrypoints use a component through any chain of dependencies (hard, soft, or as a group member), with
    /// one such chain: for configuration findings (quorum, data loss) that are about a component, not an event.
    /// One pass over the dependents, parents first, builds for every node the set of entrypoints above it (shared
    /// sets in an <see cref="EventSetStore"/> keyed by the entrypoints' rank in name order, so a chain of n costs
    /// O(n log n), not a walk of up to n per finding), and for the chain a pointer to the dependent it came through from
    /// the first of them. Built on the first question, so models that ask nothing pay nothing.
    /// </summary>
    internal sealed class EntrypointReach
    {
        private readonly SpofModel _model;
        private readonly FailureGraph _graph;
        private readonly int[] _entrypoints;
        private readonly int[] _rank;
        private EventSetStore? _sets;
        private int[] _above = Array.Empty<int>();
        private int[] _via = Array.Empty<int>();
        private int[] _depth = Array.Empty<int>();
        private int[] _head = Array.Empty<int>();
        private byte[] _criticalities = Array.Empty<byte>();

        public EntrypointReach(SpofModel model, FailureGraph graph, IReadOnlyDictionary<string, int> componentIndex)
        {
            _model = model;
            _graph = graph;
            var names = new List<string>(model.Entrypoints);
            names.Sort(StringComparer.Ordinal);
            var entrypoints = new List<int>(names.Count);
            _rank = new int[graph.NodeCount];
            for (var node = 0; node < _rank.Length; node++)
            {
                _rank[node] = -1;
            }

            foreach (var name in names)
            {
                var node = componentIndex[name];
                if (_rank[node] < 0)
                {
                    _rank[node] = entrypoints.Count;
                    entrypoints.Add(node);
                }
            }

            _entrypoints = entrypoints.ToArray();
        }

        /// <summary>
        /// The entrypoints that reach <paramref name="component"/>, in name order (all of them up to 64, else the first 10),
        /// how many they are, and a chain from the first of them, bounded like any finding's path (<see cref="PathBound"/>).
        /// </summary>
        public (IReadOnlyList<string> Affects, int Count, IReadOnlyList<string> Path) Of(int component)
        {
            var sets = _sets ??= Build();
            var above = _above[component];
            var count = sets.Count(above);
            if (count == 0)
            {
                return (Array.Empty<string>(), 0, Array.Empty<string>());
            }

            var ranks = sets.Lowest(above, PathBound.KeptOfList(count));
            var names = new string[ranks.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _model.Components[_entrypoints[ranks[i]]].Name;
            }

            return (names, count, PathTo(component));
        }

        /// <summary>The criticalities among the entrypoints that reach <paramref name="component"/>, each once.</summary>
        public List<Criticality?> Criticalities(int component)
        {
            _sets ??= Build();
            var present = new List<Criticality?>(3);
            for (var c = Criticality.Low; c <= Criticality.High; c++)
            {
                if ((_criticalities[component] & (1 << (int)c)) != 0)
                {
                    present.Add(c);
                }
            }

            return present;
        }

        /// <summary>The chain from the first entrypoint down to <paramref name="component"/>: whole up to 64 names, else its first 10 and last 2.</summary>
        private IReadOnlyList<string> PathTo(int component)
        {
            if (PathBound.KeepsWhole(_depth[component]))
            {
                return NamesUpFrom(component, int.MaxValue, reverse: true);
            }

            return PathBound.Elided(NamesUpFrom(_head[component], int.MaxValue, reverse: true), NamesUpFrom(component, PathBound.KeptEnd, reverse: true));
        }

        /// <summary>Up to <paramref name="most"/> component names along the chain from <paramref name="node"/> up to its entrypoint, entrypoint first.</summary>
        private List<string> NamesUpFrom(int node, int most, bool reverse)
        {
            var names = new List<string>();
            for (; node >= 0 && names.Count < most; node = _via[node])
            {
                if (!_graph.IsGroup(node))
                {
                    names.Add(_model.Components[node].Name);
                }
            }

            if (reverse)
            {
                names.Reverse();
            }

            return names;
        }

        [MethodImpl(HotPath.Optimized)]
        private EventSetStore Build()
        {
            var nodeCount = _graph.NodeCount;
            var children = new int[nodeCount][];
            for (var node = 0; node < nodeCount; node++)
            {
                var hard = _graph.HardChildren[node];
                var soft = _graph.SoftChildren[node];
                var both = new int[hard.Length + soft.Length];
                hard.CopyTo(both, 0);
                soft.CopyTo(both, hard.Length);
                children[node] = both;
            }

            var parents = Parents(children);
            var order = StronglyConnected.ChildrenFirst(children);
            var sccOf = new int[nodeCount];
            for (var scc = 0; scc < order.Count; scc++)
            {
                for (var i = order.Start(scc); i < order.Start(scc) + order.Size(scc); i++)
                {
                    sccOf[order.Nodes[i]] = scc;
                }
            }

            var sets = new EventSetStore();
            _above = new int[nodeCount];
            _via = new int[nodeCount];
            _depth = new int[nodeCount];
            _head = new int[nodeCount];
            _criticalities = new byte[nodeCount];
            var lowest = new int[nodeCount];
            var placed = new bool[nodeCount];
            var pending = new Queue<int>();

            // Parents first: every node's dependents are done before it; the members of a cycle share one set.
            for (var scc = order.Count - 1; scc >= 0; scc--)
            {
                var start = order.Start(scc);
                var end = start + order.Size(scc);
                var set = EventSetStore.Empty;
                byte marks = 0;
                for (var i = start; i < end; i++)
                {
                    var member = order.Nodes[i];
                    if (_rank[member] >= 0)
                    {
                        set = sets.Union(set, sets.FromSorted(new[] { _rank[member] }));
                        marks |= _model.Components[member].Criticality is { } c ? (byte)(1 << (int)c) : (byte)0;
                    }

                    foreach (var parent in parents[member])
                    {
                        if (sccOf[parent] != scc)
                        {
                            set = sets.Union(set, _above[parent]);
                            marks |= _criticalities[parent];
                        }
                    }
                }

                var first = set == EventSetStore.Empty ? -1 : sets.Lowest(set, 1)[0];
                for (var i = start; i < end; i++)
                {
                    var member = order.Nodes[i];
                    _above[member] = set;
                    _criticalities[member] = marks;
                    lowest[member] = first;
                    _via[member] = -1;
                }

                if (first >= 0)
                {
                    Chain(order, start, end, scc, sccOf, parents, children, lowest, first, placed, pending);
                }
            }

            return sets;
        }

        /// <summary>
        /// Points each member of one strongly connected component at the dependent its chain from the first entrypoint
        /// (rank <paramref name="first"/>) comes through: the member that is that entrypoint, or that has a dependent
        /// outside whose first entrypoint it is, then the others from it inside the component.
        /// </summary>
        private void Chain(SccOrder order, int start, int end, int scc, int[] sccOf, int[][] parents, int[][] children, int[] lowest, int first, bool[] placed, Queue<int> pending)
        {
            for (var i = start; i < end && pending.Count == 0; i++)
            {
                var member = order.Nodes[i];
                if (_rank[member] == first)
                {
                    Place(member, -1, placed, pending);
                    continue;
                }

                foreach (var parent in parents[member])
                {
                    if (sccOf[parent] != scc && lowest[parent] == first)
                    {
                        Place(member, parent, placed, pending);
                        break;
                    }
                }
            }

            while (pending.Count > 0)
            {
                var node = pending.Dequeue();
                foreach (var child in children[node])
                {
                    if (sccOf[child] == scc && !placed[child])
                    {
                        Place(child, node, placed, pending);
                    }
                }
            }
        }

        private void Place(int node, int via, bool[] placed, Queue<int> pending)
        {
            placed[node] = true;
            _via[node] = via;
            _depth[node] = (via < 0 ? 0 : _depth[via]) + (_graph.IsGroup(node) ? 0 : 1);
            _head[node] = _depth[node] <= PathBound.KeptBeginning || via < 0 ? node : _head[via];
            pending.Enqueue(node);
        }

        /// <summary>Per node, the nodes that depend on it (hard, soft, or as a group member).</summary>
        private static int[][] Parents(int[][] children)
        {
            var counts = new int[children.Length];
            foreach (var list in children)
            {
                foreach (var child in list)
                {
                    counts[child]++;
                }
            }

            var parents = new int[children.Length][];
            for (var node = 0; node < parents.Length; node++)
            {
                parents[node] = counts[node] == 0 ? Array.Empty<int>() : new int[counts[node]];
                counts[node] = 0;
            }

            for (var node = 0; node < children.Length; node++)
            {
                foreach (var child in children[node])
                {
                    parents[child][counts[child]++] = node;
                }
            }

            return parents;
        }
    }
}
