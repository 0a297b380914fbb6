using System;
using System.Linq;
using SpofAudit.Analysis.Availability;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Availability
{
    /// <summary>
    /// The exact BDD figures against enumeration of every failure state, judged by the what-if engine: P(down),
    /// Birnbaum and Fussell-Vesely of every event, for each entrypoint of random models small enough to enumerate.
    /// </summary>
    public sealed class BruteForceAvailabilityTests
    {
        private const int MaxEvents = 13;
        private const double Relative = 1e-9;
        private readonly ITestOutputHelper _output;

        public BruteForceAvailabilityTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Exact_availability_and_importance_equal_enumeration_of_every_state()
        {
            var compared = 0;
            var withGap = 0;
            var events = 0;
            for (var seed = 0; seed < 150; seed++)
            {
                var model = AvailabilityModels.WithAvailabilities(RandomModels.Small(seed), seed);
                var results = new AvailabilityAnalyzer(AvailabilityModels.Coarse).Analyze(model);
                foreach (var result in results)
                {
                    var reference = new BruteForceAvailability(HardClosure.Of(model, result.Entrypoint), AvailabilityModels.Coarse);
                    if (reference.EventCount > MaxEvents)
                    {
                        continue;
                    }

                    var where = $"RandomModels.Small({seed}), entrypoint {result.Entrypoint}";
                    var expected = reference.Run(result.Entrypoint, out var importance);
                    Assert.Equal(AvailabilityMethods.Exact, result.Method);
                    AssertClose(expected, result.Unavailability, where + ": P(down)");
                    foreach (var item in importance)
                    {
                        // An event outside the diagram's support has no row: enumeration must find it irrelevant (up to rounding); its
                        // Fussell-Vesely in SCRAM's sense is then just its own probability, which says nothing.
                        var actual = result.Importance.SingleOrDefault(i => i.Event == item.Key);
                        if (actual == null)
                        {
                            Assert.True(Math.Abs(item.Value.Birnbaum) < 1e-12, $"{where}: {item.Key} matters (Birnbaum {item.Value.Birnbaum}) but has no importance");
                            continue;
                        }

                        AssertClose(item.Value.Birnbaum, actual!.Birnbaum, $"{where}: Birnbaum of {item.Key}", absolute: 1e-12);
                        AssertClose(item.Value.FussellVesely, actual.FussellVesely, $"{where}: Fussell-Vesely of {item.Key}");
                    }

                    foreach (var actual in result.Importance)
                    {
                        Assert.True(importance.ContainsKey(actual.Event), $"{where}: importance for {actual.Event}, which is not in the entrypoint's closure");
                    }

                    compared++;
                    events += reference.EventCount;
                    withGap += result.Importance.Any(i => i.Kind == AvailabilityEventKind.Failover) ? 1 : 0;
                }
            }

            Assert.True(compared >= 100, $"only {compared} entrypoints were small enough to enumerate");
            Assert.True(withGap >= 5, $"only {withGap} compared entrypoints have a failover gap");
            _output.WriteLine($"{compared} entrypoints ({events} events, {withGap} with a failover gap) equal the enumeration");
        }

        /// <summary>Relative 1e-9; <paramref name="absolute"/> covers the rounding of the enumeration's own subtractions.</summary>
        private static void AssertClose(double expected, double actual, string what, double absolute = 1e-15)
        {
            Assert.True(Math.Abs(expected - actual) <= Relative * Math.Abs(expected) + absolute, $"{what}: expected {expected:R}, got {actual:R}");
        }
    }
}
