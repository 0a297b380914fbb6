using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
        public static FailureGraph Build(SpofModel model, IReadOnlyDictionary<string, int> componentIndex)
        {
            var count = model.Components.Count;
            var hard = new List<int[]>(count + count / 8);
            var soft = new List<int[]>(count + count / 8);
            var groups = new List<(int[] Members, int Required)>();
            var hardEdges = new List<int>();
            var softEdges = new List<int>();
            var seen = new HashSet<int>();

            for (var i = 0; i < count; i++)
            {
                hardEdges.Clear();
                softEdges.Clear();
                var dependsOn = model.Components[i].DependsOn;
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    var dependency = dependsOn[d];
                    var edges = dependency.Soft ? softEdges : hardEdges;
                    var members = Resolve(dependency.Members, componentIndex);
                    if (members.Length - dependency.Required + 1 <= 1)
                    {
                        edges.AddRange(members);
                    }
                    else
                    {
                        edges.Add(count + groups.Count);
                        groups.Add((members, dependency.Required));
                    }
                }

                hard.Add(Distinct(hardEdges, seen));
                soft.Add(Distinct(softEdges, seen));
            }

            var nodeCount = count + groups.Count;
            var threshold = new int[nodeCount];
            for (var g = 0; g < groups.Count; g++)
            {
                var (members, required) = groups[g];
                hard.Add(members);
                soft.Add(Array.Empty<int>());
                threshold[count + g] = members.Length - required + 1;
            }

            return new FailureGraph(count, hard.ToArray(), soft.ToArray(), threshold);
        }

        /// <summary>The members' node numbers, each once, in the order written.</summary>
        private static int[] Resolve(IReadOnlyList<string> members, IReadOnlyDictionary<string, int> componentIndex)
        {
            if (members.Count == 1)
            {
                return new[] { componentIndex[members[0]] };
            }

            var nodes = new List<int>(members.Count);
            for (var m = 0; m < members.Count; m++)
            {
                var node = componentIndex[members[m]];
                if (!nodes.Contains(node))
                {
                    nodes.Add(node);
                }
            }

            return nodes.ToArray();
        }

        private static int[] Distinct(List<int> edges, HashSet<int> seen)
        {
            if (edges.Count == 0)
            {
                return Array.Empty<int>();
            }

            if (edges.Count == 1)
            {
                return new[] { edges[0] };
            }

            seen.Clear();
            var result = new List<int>(edges.Count);
            for (var i = 0; i < edges.Count; i++)
            {
                var edge = edges[i];
                if (seen.Add(edge))
                {
                    result.Add(edge);
                }
            }

            return result.ToArray();
        }
    }
}
