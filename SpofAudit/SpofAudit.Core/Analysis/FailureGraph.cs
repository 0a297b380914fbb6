using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// The model's failure logic as a graph of integers, built once per analysis.
    /// Nodes 0..ComponentCount-1 are components; the rest are k-of-n groups made from <c>anyOf</c> and
    /// <c>atLeast</c> dependencies that tolerate at least one member failure. A component is down when its
    /// own units fail or any hard child is down; a group is down when <see cref="Threshold"/> members are.
    /// A dependency that needs every member (a plain name, <c>atLeast n of n</c>, <c>anyOf</c> of one)
    /// becomes plain edges, since for failure it is the same as naming each member.
    /// </summary>
    internal sealed class FailureGraph
    {
        private FailureGraph(
            int componentCount,
            int[][] hardChildren,
            int[][] softChildren,
            int[] threshold)
        {
            ComponentCount = componentCount;
            HardChildren = hardChildren;
            SoftChildren = softChildren;
            Threshold = threshold;
        }

        public int ComponentCount { get; }

        public int NodeCount => HardChildren.Length;

        /// <summary>For a component: the nodes it hard-depends on. For a group: its members.</summary>
        public int[][] HardChildren { get; }

        /// <summary>For a component: the nodes it soft-depends on. Empty for groups.</summary>
        public int[][] SoftChildren { get; }

        /// <summary>For a group: how many members must be down for it to be down. 0 for components.</summary>
        public int[] Threshold { get; }


        public bool IsGroup(int node) => node >= ComponentCount;

        [MethodImpl(HotPath.Optimized)]
        public static FailureGraph Build(SpofModel model)
        {
            var count = model.Components.Count;
            var hard = new int[count][];
            var soft = new int[count][];
            var ownGroups = new (int[] Members, int Required)[count][];

            // Each component's edges depend on it alone: resolve them on every core. A dependency that becomes a group
            // node is a placeholder -(k + 1) for the component's k-th group until the groups are numbered below.
            var positions = model.DependencyMembers;
            ParallelChunks.Run(count, 512, CancellationToken.None, () => new EdgeResolver(count), (i, resolver) =>
            {
                (hard[i], soft[i], ownGroups[i]) = resolver.Resolve(model.Components[i].DependsOn, positions[i]);
            });

            // Groups are numbered after the components, in component and then dependency order.
            var groups = new List<(int[] Members, int Required)>();
            for (var i = 0; i < count; i++)
            {
                var own = ownGroups[i];
                if (own.Length > 0)
                {
                    var first = count + groups.Count;
                    Number(hard[i], first);
                    Number(soft[i], first);
                    groups.AddRange(own);
                }
            }

            var nodeCount = count + groups.Count;
            var hardChildren = new int[nodeCount][];
            var softChildren = new int[nodeCount][];
            Array.Copy(hard, hardChildren, count);
            Array.Copy(soft, softChildren, count);
            var threshold = new int[nodeCount];
            for (var g = 0; g < groups.Count; g++)
            {
                var (members, required) = groups[g];
                hardChildren[count + g] = members;
                softChildren[count + g] = Array.Empty<int>();
                threshold[count + g] = members.Length - required + 1;
            }

            return new FailureGraph(count, hardChildren, softChildren, threshold);
        }

        private static void Number(int[] edges, int firstGroup)
        {
            for (var e = 0; e < edges.Length; e++)
            {
                if (edges[e] < 0)
                {
                    edges[e] = firstGroup - edges[e] - 1;
                }
            }
        }

        /// <summary>One worker's scratch: a component's dependencies as edges, each target once, in the order written.</summary>
        private sealed class EdgeResolver
        {
            private readonly int[] _hardSeen;
            private readonly int[] _softSeen;
            private readonly int[] _memberSeen;
            private readonly List<int> _hard = new List<int>();
            private readonly List<int> _soft = new List<int>();
            private readonly List<int> _members = new List<int>();
            private readonly List<(int[] Members, int Required)> _groups = new List<(int[] Members, int Required)>();
            private int _component;
            private int _dependency;

            public EdgeResolver(int count)
            {
                _hardSeen = new int[count];
                _softSeen = new int[count];
                _memberSeen = new int[count];
            }

            [MethodImpl(HotPath.Optimized)]
            public (int[] Hard, int[] Soft, (int[] Members, int Required)[] Groups) Resolve(IReadOnlyList<Dependency> dependsOn, int[] positions)
            {
                _component++;
                _hard.Clear();
                _soft.Clear();
                _groups.Clear();
                var first = 0;
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    var dependency = dependsOn[d];
                    var names = dependency.Members;
                    var members = DistinctMembers(names, positions, first);
                    var (edges, seen) = dependency.Soft ? (_soft, _softSeen) : (_hard, _hardSeen);
                    if (members.Count - dependency.Required + 1 <= 1)
                    {
                        foreach (var member in members)
                        {
                            if (seen[member] != _component)
                            {
                                seen[member] = _component;
                                edges.Add(member);
                            }
                        }
                    }
                    else
                    {
                        edges.Add(-(_groups.Count + 1));
                        _groups.Add((members.ToArray(), dependency.Required));
                    }

                    first += names.Count;
                }

                // The common component names each of its dependencies once, all hard: its edges are its resolved
                // members as the model holds them, shared rather than copied (graph arrays are never mutated).
                var hard = _hard.Count == positions.Length && _soft.Count == 0 && _groups.Count == 0 ? positions : ToArray(_hard);
                return (hard, ToArray(_soft), _groups.Count == 0 ? Array.Empty<(int[], int)>() : _groups.ToArray());
            }

            /// <summary>
            /// A dependency's members, each once, in the order written, in a buffer reused for the next dependency; they
            /// start at <paramref name="first"/> in <paramref name="positions"/>.
            /// </summary>
            private List<int> DistinctMembers(IReadOnlyList<string> names, int[] positions, int first)
            {
                _dependency++;
                _members.Clear();
                for (var m = 0; m < names.Count; m++)
                {
                    var node = Position(names, positions, first, m);
                    if (_memberSeen[node] != _dependency)
                    {
                        _memberSeen[node] = _dependency;
                        _members.Add(node);
                    }
                }

                return _members;
            }

            /// <summary>A validated model names only components; an unvalidated one fails here, naming the culprit.</summary>
            private static int Position(IReadOnlyList<string> names, int[] positions, int first, int m) =>
                positions[first + m] is var node && node >= 0 ? node : throw new KeyNotFoundException($"'{names[m]}' is not a component of the model.");

            private static int[] ToArray(List<int> edges) => edges.Count == 0 ? Array.Empty<int>() : edges.ToArray();
        }
    }
}
