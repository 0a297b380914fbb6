using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Quorum hygiene. A component is a quorum group when it says <c>quorum: majority</c> or its kind names a consensus
    /// store (etcd, ZooKeeper, Consul, Raft...). A group of n units that needs k is a <see cref="FindingKind.QuorumRisk"/>
    /// when it tolerates no failure (k = n), when n is even (a majority of 4 tolerates 1 failure, like 3 do: the
    /// fourth member is one more thing to fail), or when k is at most half of n (two sides of a network partition
    /// can each reach k: split brain). Reported for groups some entrypoint depends on, hard or soft.
    /// </summary>
    internal static class QuorumAnalysis
    {
        private static readonly string[] ConsensusWords = { "etcd", "zookeeper", "zk", "consul", "raft", "paxos", "quorum", "consensus", "chubby" };

        /// <summary>Whether the component is a quorum group: declared, or a consensus store by its kind.</summary>
        public static bool IsQuorumGroup(Component component)
        {
            if (component.Quorum == QuorumRule.Majority)
            {
                return true;
            }

            if (string.IsNullOrWhiteSpace(component.Kind))
            {
                return false;
            }

            var words = component.Kind!.ToLowerInvariant().Split(new[] { ' ', '-', '_', '/', '.', ':' }, StringSplitOptions.RemoveEmptyEntries);
            return words.Any(w => ConsensusWords.Contains(w));
        }

        /// <summary>The problems of a quorum group of <paramref name="units"/> units; none for other components.</summary>
        public static IReadOnlyList<QuorumProblem> ProblemsOf(Component component, int units)
        {
            var problems = new List<QuorumProblem>();
            if (!IsQuorumGroup(component) || units == 0)
            {
                return problems;
            }

            var k = component.MinHealthy;
            if (k >= units)
            {
                problems.Add(QuorumProblem.ToleratesNoFailure);
            }

            if (units % 2 == 0 && k == units / 2 + 1 && k < units)
            {
                problems.Add(QuorumProblem.EvenSize);
            }

            if (2 * k <= units)
            {
                problems.Add(QuorumProblem.SplitBrain);
            }

            return problems;
        }

        /// <summary>One QuorumRisk per quorum group with problems that an entrypoint depends on.</summary>
        public static List<Finding> Find(SpofModel model, FailureGraph graph, IReadOnlyDictionary<string, int> componentIndex)
        {
            var findings = new List<Finding>();
            int[][]? parents = null;
            int[]? stamp = null;
            int[]? next = null;
            var isEntrypoint = new bool[graph.NodeCount];
            foreach (var entry in model.Entrypoints)
            {
                isEntrypoint[componentIndex[entry]] = true;
            }

            for (var c = 0; c < model.Components.Count; c++)
            {
                var component = model.Components[c];
                var units = PlacementUnits.Of(component, model).Length;
                var problems = ProblemsOf(component, units);
                if (problems.Count == 0)
                {
                    continue;
                }

                parents ??= Parents(graph);
                stamp ??= new int[graph.NodeCount];
                next ??= new int[graph.NodeCount];
                var affects = EntrypointsAbove(c, parents, isEntrypoint, stamp, next);
                if (affects.Count == 0)
                {
                    continue;
                }

                affects.Sort((a, b) => string.CompareOrdinal(model.Components[a].Name, model.Components[b].Name));
                var path = new List<string>();
                for (var node = affects[0]; ; node = next[node])
                {
                    if (!graph.IsGroup(node))
                    {
                        path.Add(model.Components[node].Name);
                    }

                    if (node == c)
                    {
                        break;
                    }
                }

                var involved = affects.Select(a => model.Components[a].Criticality).Append(component.Criticality);
                findings.Add(new Finding(
                    FindingKind.QuorumRisk,
                    SeverityRules.For(FindingKind.QuorumRisk, involved),
                    component.Name,
                    TargetType.Component,
                    affects.Select(a => model.Components[a].Name).ToArray(),
                    path,
                    new[] { component.Name },
                    Recommendations.ForQuorum(component, units, problems),
                    model.Name));
            }

            return findings;
        }

        /// <summary>Per node, the nodes that depend on it (hard, soft, or as a group member).</summary>
        private static int[][] Parents(FailureGraph graph)
        {
            var lists = new List<int>?[graph.NodeCount];
            for (var node = 0; node < graph.NodeCount; node++)
            {
                foreach (var child in graph.HardChildren[node].Concat(graph.SoftChildren[node]))
                {
                    (lists[child] ??= new List<int>()).Add(node);
                }
            }

            return lists.Select(l => l?.ToArray() ?? Array.Empty<int>()).ToArray();
        }

        /// <summary>
        /// The entrypoints from which <paramref name="target"/> is reachable, by a walk up the dependents; <paramref name="next"/>
        /// records for each node reached the step back towards the target, so a path can be read off.
        /// </summary>
        private static List<int> EntrypointsAbove(int target, int[][] parents, bool[] isEntrypoint, int[] stamp, int[] next)
        {
            var walk = target + 1;
            var found = new List<int>();
            var pending = new Stack<int>();
            stamp[target] = walk;
            next[target] = target;
            pending.Push(target);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (isEntrypoint[node])
                {
                    found.Add(node);
                }

                foreach (var parent in parents[node])
                {
                    if (stamp[parent] != walk)
                    {
                        stamp[parent] = walk;
                        next[parent] = node;
                        pending.Push(parent);
                    }
                }
            }

            return found;
        }
    }
}
