using System;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>QuorumRisk: which groups count as quorums, the three problems, and who is affected.</summary>
    public class QuorumAnalysisTests
    {
        [Theory]
        [InlineData(1, 1, new[] { QuorumProblem.ToleratesNoFailure })]
        [InlineData(2, 1, new[] { QuorumProblem.SplitBrain })]
        [InlineData(2, 2, new[] { QuorumProblem.ToleratesNoFailure })]
        [InlineData(3, 2, new QuorumProblem[0])]
        [InlineData(3, 3, new[] { QuorumProblem.ToleratesNoFailure })]
        [InlineData(4, 3, new[] { QuorumProblem.EvenSize })]
        [InlineData(4, 2, new[] { QuorumProblem.SplitBrain })]
        [InlineData(5, 3, new QuorumProblem[0])]
        [InlineData(6, 4, new[] { QuorumProblem.EvenSize })]
        public void Problems_of_a_consensus_store(int members, int minHealthy, QuorumProblem[] expected)
        {
            var etcd = Component("etcd", "etcd", Many("etcd", members), minHealthy: minHealthy);
            Assert.Equal(expected, QuorumAnalysis.ProblemsOf(etcd, members));
        }

        [Fact]
        public void Only_declared_quorums_and_consensus_kinds_are_quorum_groups()
        {
            Assert.True(QuorumAnalysis.IsQuorumGroup(Component("x", "app", Many("x", 3), minHealthy: 2, quorum: QuorumRule.Majority)));
            Assert.True(QuorumAnalysis.IsQuorumGroup(Component("x", "ZooKeeper ensemble", Many("x", 3))));
            Assert.True(QuorumAnalysis.IsQuorumGroup(Component("x", "consul-server", Many("x", 3))));
            Assert.False(QuorumAnalysis.IsQuorumGroup(Component("x", "app", Many("x", 4), minHealthy: 2)));
            Assert.False(QuorumAnalysis.IsQuorumGroup(Component("x", null, Many("x", 2))));
        }

        [Fact]
        public void A_quorum_risk_affects_the_entrypoints_that_reach_the_group_through_any_dependency()
        {
            var model = NewModel("m", new[]
            {
                Component("web", "app", Many("web", 2), new[] { Hard("svc") }),
                Component("admin", "app", Many("admin", 2), new[] { Soft("zk") }),
                Component("batch", "app", Many("batch", 2)),
                Component("svc", "app", Many("svc", 2), new[] { AnyOf(false, "zk", "svc") }),
                Component("zk", "zookeeper", Many("zk", 4), quorum: QuorumRule.Majority, minHealthy: 3),
            }, new[] { "web", "admin", "batch" });

            var findings = new SpofAnalyzer().Analyze(model).Findings;
            var risk = Assert.Single(findings, f => f.Kind == FindingKind.QuorumRisk);
            Assert.Equal(("zk", TargetType.Component, Severity.Medium), (risk.Target, risk.TargetType, risk.Severity));
            Assert.Equal(new[] { "admin", "web" }, risk.Affects);
            Assert.Equal(new[] { "admin", "zk" }, risk.Path);
            Assert.StartsWith("4 members needing 3 tolerate 1 failure, no more than 3 would", risk.Recommendation);
            Assert.Contains("(5 members, quorum: majority)", risk.Recommendation);
            Assert.Equal(
                BruteForceReference.Findings(model).OrderBy(f => f.ToString(), StringComparer.Ordinal),
                findings.Select(ExpectedFinding.Of).OrderBy(f => f.ToString(), StringComparer.Ordinal));
        }

        [Fact]
        public void A_quorum_no_entrypoint_uses_is_not_reported()
        {
            var model = NewModel("m", new[]
            {
                Component("web", "app", Many("web", 2)),
                Component("zk", "zookeeper", Many("zk", 2)),
            }, new[] { "web" });

            Assert.DoesNotContain(new SpofAnalyzer().Analyze(model).Findings, f => f.Kind == FindingKind.QuorumRisk);
        }

        private static Instance[] Many(string component, int count) =>
            Enumerable.Range(1, count).Select(i => Instance($"{component}-{i}", null, null)).ToArray();
    }
}
