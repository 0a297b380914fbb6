using System;
using System.Collections.Generic;
using System.Linq;
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
            int[] threshold,
            Dependency?[] groupSource,
            int[] groupOwner)
        {
            ComponentCount = componentCount;
            HardChildren = hardChildren;
            SoftChildren = softChildren;
            Threshold = threshold;
            GroupSource = groupSource;
            GroupOwner = groupOwner;
        }

        public int ComponentCount { get; }

        public int NodeCount => HardChildren.Length;

        /// <summary>For a component: the nodes it hard-depends on. For a group: its members.</summary>
        public int[][] HardChildren { get; }

        /// <summary>For a component: the nodes it soft-depends on. Empty for groups.</summary>
        public int[][] SoftChildren { get; }

        /// <summary>For a group: how many members must be down for it to be down. 0 for components.</summary>
        public int[] Threshold { get; }

        /// <summary>For a group: the dependency it came from; null for components.</summary>
        public Dependency?[] GroupSource { get; }

        /// <summary>For a group: the component that declared it; -1 for components.</summary>
        public int[] GroupOwner { get; }

        public bool IsGroup(int node) => node >= ComponentCount;

        public static FailureGraph Build(SpofModel model, IReadOnlyDictionary<string, int> componentIndex)
        {
            var count = model.Components.Count;
            var hard = new List<int[]>(count);
            var soft = new List<int[]>(count);
            var threshold = new List<int>(count);
            var groupSource = new List<Dependency?>(count);
            var groupOwner = new List<int>(count);
            var pendingGroups = new List<(Dependency Dependency, int Owner)>();

            for (var i = 0; i < count; i++)
            {
                hard.Add(Array.Empty<int>());
                soft.Add(Array.Empty<int>());
                threshold.Add(0);
                groupSource.Add(null);
                groupOwner.Add(-1);
            }

            for (var i = 0; i < count; i++)
            {
                var hardEdges = new List<int>();
                var softEdges = new List<int>();
                foreach (var dependency in model.Components[i].DependsOn)
                {
                    var edges = dependency.Soft ? softEdges : hardEdges;
                    var members = dependency.Members.Select(m => componentIndex[m]).Distinct().ToArray();
                    var failuresToBreak = members.Length - dependency.Required + 1;
                    if (failuresToBreak <= 1)
                    {
                        edges.AddRange(members);
                    }
                    else
                    {
                        edges.Add(count + pendingGroups.Count);
                        pendingGroups.Add((dependency, i));
                    }
                }

                hard[i] = hardEdges.Distinct().ToArray();
                soft[i] = softEdges.Distinct().ToArray();
            }

            foreach (var (dependency, owner) in pendingGroups)
            {
                var members = dependency.Members.Select(m => componentIndex[m]).Distinct().ToArray();
                hard.Add(members);
                soft.Add(Array.Empty<int>());
                threshold.Add(members.Length - dependency.Required + 1);
                groupSource.Add(dependency);
                groupOwner.Add(owner);
            }

            return new FailureGraph(count, hard.ToArray(), soft.ToArray(), threshold.ToArray(), groupSource.ToArray(), groupOwner.ToArray());
        }
    }
}
