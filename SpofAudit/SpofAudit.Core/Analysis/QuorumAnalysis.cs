using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Quorum hygiene. A component is a quorum group when it says <c>quorum: majority</c> or its kind names a consensus
    /// store (etcd, ZooKeeper, Consul, Raft...). A group of n units that needs k is at risk (a QuorumRisk finding)
    /// when it tolerates no failure (k = n), when n is even (a majority of 4 tolerates 1 failure, like 3 do: the
    /// fourth member is one more thing to fail), or when k is at most half of n (two sides of a network partition
    /// can each reach k: split brain). Reported for groups some entrypoint depends on, hard or soft.
    /// </summary>
    internal static class QuorumAnalysis
    {
        private static readonly string[] ConsensusWords = { "etcd", "zookeeper", "zk", "consul", "raft", "paxos", "quorum", "consensus", "chubby" };

        /// <summary>Whether the component is a quorum group: declared (<c>quorum: majority</c>, or the consensus-store role), or a consensus store by its kind.</summary>
        public static bool IsQuorumGroup(Component component)
        {
            if (component.Quorum == QuorumRule.Majority || component.DeclaredRole == ComponentRole.ConsensusStore)
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
    }
}
