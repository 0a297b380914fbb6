using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
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
        [MethodImpl(HotPath.Optimized)]
        public static List<Finding> Find(SpofModel model, EntrypointReach reach)
        {
            var findings = new List<Finding>();
            var byKind = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (var c = 0; c < model.Components.Count; c++)
            {
                // Kinds repeat across a large model: classify each distinct kind once.
                var component = model.Components[c];
                if (component.Quorum == QuorumRule.None
                    && (component.Kind == null || !(byKind.TryGetValue(component.Kind, out var quorumKind) ? quorumKind : byKind[component.Kind] = IsQuorumGroup(component))))
                {
                    continue;
                }

                var units = PlacementUnits.Of(component, model).Length;
                var problems = ProblemsOf(component, units);
                if (problems.Count == 0)
                {
                    continue;
                }

                var (affects, path) = reach.Of(c);
                if (affects.Count == 0)
                {
                    continue;
                }

                var involved = affects.Select(a => model.FindComponent(a)?.Criticality).Append(component.Criticality);
                findings.Add(new Finding(
                    FindingKind.QuorumRisk,
                    SeverityRules.For(FindingKind.QuorumRisk, involved),
                    component.Name,
                    TargetType.Component,
                    affects,
                    path,
                    new[] { component.Name },
                    Recommendations.ForQuorum(component, units, problems),
                    model.Name,
                    FindingLocation.Of(model, TargetType.Component, component.Name, path)));
            }

            return findings;
        }
    }
}
