using System;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>CapacityRisk: outages that exist only because survivors would be overloaded, and the load they would carry.</summary>
    public class CapacityAnalysisTests
    {
        [Fact]
        public void Losing_one_of_two_servers_at_175_percent_is_a_capacity_risk_not_a_spof()
        {
            var model = NewModel("m", new[]
            {
                Component("lb", "lb", new[] { Instance("lb-1", "a", "r"), Instance("lb-2", "b", "r") }, new[] { Hard("app") }),
                Component("app", "app", new[] { Instance("app-1", "a", "r"), Instance("app-2", "b", "r") }, capacity: new Capacity(400, 700)),
            }, new[] { "lb" });

            var findings = Analyze(model);
            Assert.Equal(new[] { "CapacityRisk/a", "CapacityRisk/app", "CapacityRisk/b", "SingleRegionRisk/r" }, findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
            var app = findings.Single(f => f.Id == "CapacityRisk/app");
            Assert.Equal((Severity.High, TargetType.Component), (app.Severity, app.TargetType));
            Assert.Equal(new[] { "lb", "app" }, app.Path);
            Assert.StartsWith("Losing one of app's 2 instances leaves app with 1 instance at 175% of capacity (peak 700, 400 per instance)", app.Recommendation);
            Assert.Contains("instances: 3", app.Recommendation);
        }

        [Fact]
        public void Enough_headroom_for_one_loss_but_not_for_a_zone()
        {
            var zones = new[] { "a", "b", "c" };
            var model = NewModel("m", new[]
            {
                Component("api", "api", Enumerable.Range(0, 6).Select(i => Instance($"api-{i + 1}", zones[i % 3], "r")).ToArray(), capacity: new Capacity(250, 1100), zones: zones),
            }, new[] { "api" });

            var findings = Analyze(model);
            Assert.Equal(new[] { "CapacityRisk/a", "CapacityRisk/b", "CapacityRisk/c", "SingleRegionRisk/r" }, findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
            Assert.Contains("leaves api with 4 instances at 110% of capacity", findings.Single(f => f.Id == "CapacityRisk/a").Recommendation);
        }

        [Fact]
        public void An_outage_that_happens_even_without_overload_stays_a_plain_spof()
        {
            // app needs both instances anyway (minHealthy 2): capacity adds nothing, so it is a SPOF, not a cascade.
            var model = NewModel("m", new[]
            {
                Component("app", "app", new[] { Instance("app-1", null, null), Instance("app-2", null, null) }, minHealthy: 2, capacity: new Capacity(400, 700)),
            });

            Assert.Equal(new[] { "SinglePointOfFailure/app" }, Analyze(model).Select(f => f.Id));
        }

        [Fact]
        public void A_region_wide_cascade_is_medium_like_a_region_risk()
        {
            var model = NewModel("m", new[]
            {
                Component("app", "app", new[] { Instance("app-1", null, "r1"), Instance("app-2", null, "r1"), Instance("app-3", null, "r2") }, capacity: new Capacity(100, 150)),
            });

            var r1 = Analyze(model).Single(f => f.Target == "r1");
            Assert.Equal((FindingKind.CapacityRisk, Severity.Medium), (r1.Kind, r1.Severity));
            Assert.Contains("leaves app with 1 instance at 150% of capacity", r1.Recommendation);
        }

        [Fact]
        public void The_what_if_reason_names_the_overload()
        {
            var model = NewModel("m", new[]
            {
                Component("app", "app", new[] { Instance("app-1", null, null), Instance("app-2", null, null) }, capacity: new Capacity(400, 700)),
            });

            var result = new ScenarioEvaluator().Evaluate(model, new[] { new FailureEvent(FailureEventKind.Instance, "app-1") });
            Assert.Equal(HealthStatus.Down, result.StatusOf("app"));
            Assert.Equal("instance app-1 failed: 1 of 2 instances down, needs 2 to carry the peak; the 1 left would run at 175% of capacity (peak 700, 400 per instance)", result.ReasonOf("app"));
            Assert.Equal(HealthStatus.Up, new ScenarioEvaluator(FailureSemantics.WithoutCapacity).Evaluate(model, new[] { new FailureEvent(FailureEventKind.Instance, "app-1") }).StatusOf("app"));
        }

        /// <summary>The findings, after checking they equal the brute-force reference.</summary>
        private static System.Collections.Generic.IReadOnlyList<Finding> Analyze(SpofModel model)
        {
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            Assert.Equal(
                BruteForceReference.Findings(model).OrderBy(f => f.ToString(), StringComparer.Ordinal),
                findings.Select(ExpectedFinding.Of).OrderBy(f => f.ToString(), StringComparer.Ordinal));
            return findings;
        }
    }
}
