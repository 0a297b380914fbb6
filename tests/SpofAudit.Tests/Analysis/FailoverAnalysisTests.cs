using System;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>FailoverRisk, DataLossRisk, and the backup advice of a single stateful instance.</summary>
    public class FailoverAnalysisTests
    {
        [Theory]
        [InlineData(StandbyMode.Warm, FailoverMode.Automatic, true)]
        [InlineData(StandbyMode.Cold, FailoverMode.Automatic, true)]
        [InlineData(StandbyMode.Hot, FailoverMode.Manual, true)]
        [InlineData(StandbyMode.Hot, FailoverMode.Automatic, false)]
        public void Only_a_hot_automatic_standby_takes_over_without_an_outage(StandbyMode mode, FailoverMode failover, bool risk)
        {
            var findings = Analyze(Database(new Standby(mode, failover), ReplicationMode.Sync, rto: null));
            Assert.Equal(risk, findings.Any(f => f.Id == "FailoverRisk/db"));
            Assert.Equal(risk, findings.Any(f => f.Id == "FailoverRisk/a"));
            Assert.DoesNotContain(findings, f => f.Id == "FailoverRisk/b");
            Assert.DoesNotContain(findings, f => f.Kind == FindingKind.DataLossRisk);
        }

        [Fact]
        public void A_failover_risk_names_the_primary_the_standby_and_the_rto()
        {
            var findings = Analyze(Database(new Standby(StandbyMode.Warm, FailoverMode.Manual), ReplicationMode.None, rto: TimeSpan.FromHours(2)));
            var risk = findings.Single(f => f.Id == "FailoverRisk/db");
            Assert.Equal((Severity.High, TargetType.Component), (risk.Severity, risk.TargetType));
            Assert.Equal(new[] { "web", "db" }, risk.Path);
            Assert.StartsWith("Losing db-1, the primary of db, stops the system until someone fails over by hand to the warm standby of db (rto 2h)", risk.Recommendation);
            Assert.Equal(new[] { "web", "db", "a" }, findings.Single(f => f.Id == "FailoverRisk/a").Path);
        }

        [Theory]
        [InlineData(null, Severity.Medium)]
        [InlineData(300, Severity.Low)]
        [InlineData(3600, Severity.High)]
        public void Asynchronous_replication_is_a_data_loss_risk_graded_by_rpo(int? rpoSeconds, Severity severity)
        {
            var rpo = rpoSeconds is int s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null;
            var findings = Analyze(Database(new Standby(StandbyMode.Hot, FailoverMode.Automatic), ReplicationMode.Async, rto: null, rpo: rpo));
            var risk = findings.Single(f => f.Kind == FindingKind.DataLossRisk);
            Assert.Equal(("db", severity), (risk.Target, risk.Severity));
            Assert.StartsWith("db replicates asynchronously: losing db-1 or zone a forces a failover that loses ", risk.Recommendation);
        }

        [Fact]
        public void A_single_database_without_backup_says_its_data_is_at_stake()
        {
            var model = NewModel("m", new[]
            {
                Component("web", "app", new[] { Instance("web-1", null, null), Instance("web-2", null, null) }, new[] { Hard("db"), Hard("files") }),
                Component("db", "postgres", new[] { Instance("db-1", null, null) }),
                Component("files", "nfs", new[] { Instance("files-1", null, null) }, availability: null),
            }, new[] { "web" });
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            Assert.Contains("db has no replica and no backup: losing its only instance loses its data", findings.Single(f => f.Id == "SinglePointOfFailure/db").Recommendation);

            var backedUp = NewModel("m", new[]
            {
                Component("web", "app", new[] { Instance("web-1", null, null), Instance("web-2", null, null) }, new[] { Hard("db") }),
                new Component("db", "postgres", new[] { Instance("db-1", null, null) }, 1, ComponentScope.None, null, Array.Empty<string>(), Array.Empty<string>(),
                    Array.Empty<Dependency>(), Array.Empty<string>(), null, ReplicationMode.None, null, null, new System.Collections.Generic.Dictionary<string, string>(),
                    SourceLocation.None, backupEvery: TimeSpan.FromHours(24)),
            }, new[] { "web" });
            var advice = new SpofAnalyzer().Analyze(backedUp).Findings.Single(f => f.Id == "SinglePointOfFailure/db").Recommendation;
            Assert.Contains("Its backups (every 1d) bound the loss to 1d of data", advice);
            Assert.DoesNotContain("no backup", advice);
        }

        [Fact]
        public void The_what_if_before_failover_explains_the_wait()
        {
            var model = Database(new Standby(StandbyMode.Cold, FailoverMode.Manual), ReplicationMode.None, rto: TimeSpan.FromMinutes(45));
            var failure = new[] { new FailureEvent(FailureEventKind.Instance, "db-1") };
            Assert.Equal(HealthStatus.Up, new ScenarioEvaluator().Evaluate(model, failure).StatusOf("web"));
            var before = new ScenarioEvaluator(FailureSemantics.BeforeFailover).Evaluate(model, failure);
            Assert.Equal(HealthStatus.Down, before.StatusOf("web"));
            Assert.Equal("instance db-1 failed: primary db-1 is down and the cold standby takes over only after a manual failover (rto 45m)", before.ReasonOf("db"));
        }

        /// <summary>web (2, zones a and b) -> db (primary db-1 in a, standby db-2 in b).</summary>
        private static SpofModel Database(Standby standby, ReplicationMode replication, TimeSpan? rto, TimeSpan? rpo = null) =>
            NewModel("m", new[]
            {
                Component("web", "app", new[] { Instance("web-1", "a", "r"), Instance("web-2", "b", "r") }, new[] { Hard("db") }),
                new Component("db", "postgres", new[] { Instance("db-1", "a", "r"), Instance("db-2", "b", "r") }, 1, ComponentScope.None, null, new[] { "a", "b" },
                    Array.Empty<string>(), Array.Empty<Dependency>(), Array.Empty<string>(), standby, replication, null, null,
                    new System.Collections.Generic.Dictionary<string, string>(), SourceLocation.None, rto: rto, rpo: rpo),
            }, new[] { "web" });

        /// <summary>The findings, after checking they equal the brute-force reference and their paths hold.</summary>
        private static System.Collections.Generic.IReadOnlyList<Finding> Analyze(SpofModel model)
        {
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            Assert.Equal(
                BruteForceReference.Findings(model).OrderBy(f => f.ToString(), StringComparer.Ordinal),
                findings.Select(ExpectedFinding.Of).OrderBy(f => f.ToString(), StringComparer.Ordinal));
            foreach (var finding in findings)
            {
                Assert.Null(FindingPathChecker.Problem(model, finding));
            }

            return findings;
        }
    }
}
