using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis.Availability;
using SpofAudit.Diagnostics;
using SpofAudit.Model;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Availability
{
    /// <summary>What a user relies on beyond the oracles: closed forms, the fallback, the best change, the assumptions.</summary>
    public sealed class AvailabilityAnalyzerTests
    {
        private static readonly string[] Zones = { "z1", "z2", "z3" };

        [Fact]
        public void A_component_availability_wins_over_the_assumption_and_zones_multiply_in()
        {
            // One instance at 0.95 in zone z1 of region r: up when instance, zone and region are all up.
            var model = Model(ModelParts.Component("api", null, new[] { ModelParts.Instance("api-1", "z1", "r") }, availability: 0.95));
            var result = Assert.Single(new AvailabilityAnalyzer().Analyze(model));
            Assert.Equal(1 - 0.95 * 0.9999 * 0.99999, result.Unavailability, 15);
            Assert.Equal(AvailabilityMethods.Exact, result.Method);
            Assert.Null(result.StandardError);
        }

        [Fact]
        public void Two_replicas_in_two_zones_fail_together_only_through_their_region()
        {
            var assumptions = new AvailabilityAssumptions(instance: 0.99, zone: 0.999, region: 0.9999);
            var model = Model(ModelParts.Component("api", null, new[] { ModelParts.Instance("api-1", "z1", "r"), ModelParts.Instance("api-2", "z2", "r") }));
            var result = Assert.Single(new AvailabilityAnalyzer(assumptions).Analyze(model));
            var unit = 1 - 0.99 * 0.999;
            Assert.Equal(1 - 0.9999 * (1 - unit * unit), result.Unavailability, 15);
            Assert.Equal(1 - unit * unit, result.Importance.Single(i => i.Event == "region:r").Birnbaum, 15);
        }

        [Fact]
        public void Over_the_node_budget_the_result_is_a_named_monte_carlo_estimate()
        {
            var model = AvailabilityModels.WithAvailabilities(RandomModels.Small(3), 3);
            var exact = new AvailabilityAnalyzer(AvailabilityModels.Coarse).Analyze(model);
            var estimated = new AvailabilityAnalyzer(AvailabilityModels.Coarse, nodeBudget: 3).Analyze(model);
            Assert.Equal(exact.Select(r => r.Entrypoint), estimated.Select(r => r.Entrypoint));
            var sampled = 0;
            foreach (var (e, x) in estimated.Zip(exact))
            {
                if (e.Method == AvailabilityMethods.Exact)
                {
                    continue;
                }

                sampled++;
                Assert.Equal(AvailabilityMethods.MonteCarlo(MonteCarloEstimate.Samples, MonteCarloEstimate.Seed), e.Method);
                Assert.NotNull(e.StandardError);
                Assert.True(Math.Abs(e.Unavailability - x.Unavailability) <= 5 * e.StandardError!.Value + 1e-4, $"{e.Entrypoint}: {e.Unavailability} ± {e.StandardError} vs exact {x.Unavailability}");
                Assert.Empty(e.Importance);
                Assert.Null(e.BestChange);
            }

            Assert.True(sampled > 0, "no entrypoint went over a 3-node budget");
            Assert.Equal(estimated.Select(r => r.Unavailability), new AvailabilityAnalyzer(AvailabilityModels.Coarse, nodeBudget: 3).Analyze(model).Select(r => r.Unavailability));
        }

        [Fact]
        public void A_cold_standby_is_best_fixed_by_making_it_hot()
        {
            var db = ModelParts.Component(
                "db", "database", new[] { ModelParts.Instance("db-1", "z1", "r"), ModelParts.Instance("db-2", "z2", "r") },
                standby: new Standby(StandbyMode.Cold, FailoverMode.Automatic), replication: ReplicationMode.Sync);
            var result = Assert.Single(new AvailabilityAnalyzer().Analyze(Model(db)));
            Assert.Equal("failover:db", result.Importance[0].Event);
            Assert.NotNull(result.BestChange);
            Assert.Equal(AvailabilityChangeKind.HotStandby, result.BestChange!.Kind);
            Assert.Equal("make the standby of db hot with automatic failover", result.BestChange.Description);
            Assert.Equal(result.Unavailability, result.BestChange.UnavailabilityBefore);
            Assert.True(result.BestChange.NinesGained > 1, $"{result.BestChange}");
        }

        [Fact]
        public void A_single_instance_is_best_fixed_with_a_replica_in_the_next_zone()
        {
            var api = ModelParts.Component("api", null, new[] { ModelParts.Instance("api-1", "z1", "r") }, zones: new[] { "z1", "z2" });
            var result = Assert.Single(new AvailabilityAnalyzer().Analyze(Model(api)));
            Assert.Equal(AvailabilityChangeKind.AddReplica, result.BestChange!.Kind);
            Assert.Equal("add instance api-2 of api in z2", result.BestChange.Description);
        }

        [Fact]
        public void Nothing_that_can_fail_means_infinite_nines_and_no_change()
        {
            var dns = ModelParts.Component("dns", "dns", Array.Empty<Instance>(), scope: ComponentScope.Global);
            var result = Assert.Single(new AvailabilityAnalyzer().Analyze(Model(dns)));
            Assert.Equal(0, result.Unavailability);
            Assert.True(double.IsPositiveInfinity(result.Nines));
            Assert.Empty(result.Importance);
            Assert.Null(result.BestChange);
        }

        [Fact]
        public void Assumptions_read_numbers_and_text_and_reject_what_is_not_an_availability()
        {
            var read = AvailabilityAssumptions.From(new Dictionary<string, object?> { ["Zone"] = 1, ["region"] = "0.9995", ["failover"] = 0.5f }, "-Assume");
            Assert.Equal(1, read.Zone);
            Assert.Equal(0.9995, read.Region);
            Assert.Equal(0.5, read.Failover);
            Assert.Equal(AvailabilityAssumptions.Default.Instance, read.Instance);
            Assert.Equal(read.ToString(), AvailabilityAssumptions.Parse(read.ToString(), "--assume").ToString());

            var error = Assert.Throws<SpofInputException>(() => AvailabilityAssumptions.From(new Dictionary<string, object?> { ["zone"] = true }, "-Assume"));
            Assert.Equal(AvailabilityAssumptions.InvalidAssumptionCode, error.First.Code);
            Assert.Equal(DiagnosticCategory.InvalidArgument, error.First.Category);
            Assert.StartsWith("-Assume: assumption 'zone' is 'True', not a number", error.Message);
        }

        private static SpofModel Model(params Component[] components) =>
            new SpofModel("test", components, null, new Dictionary<string, IReadOnlyList<string>> { ["r"] = Zones }, Array.Empty<Person>(), Array.Empty<Team>(), Array.Empty<string>());
    }
}
