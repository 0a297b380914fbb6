using System;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Truck factors and knowledge concentrations against <see cref="BruteForceTruckFactors"/> on seeded random models
    /// (<see cref="RandomModels.Small"/>: people, teams of one to three, one or two owners a component, hard and soft
    /// dependencies, groups and cycles). A failure names its seed.
    /// </summary>
    public class TruckFactorPropertyTests
    {
        private static readonly int ModelCount = int.TryParse(Environment.GetEnvironmentVariable("SPOF_PROPERTY_MODELS"), out var n) && n > 0 ? n : 600;
        private readonly ITestOutputHelper _output;

        public TruckFactorPropertyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Truck_factors_equal_the_brute_force_over_person_subsets_on_random_models()
        {
            var known = 0;
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = RandomModels.Small(seed);
                var expected = BruteForceTruckFactors.TruckFactors(model);
                var actual = new SpofAnalyzer().Analyze(model).TruckFactors.ToDictionary(f => f.Entrypoint, f => f.TruckFactor, StringComparer.Ordinal);
                Assert.True(
                    expected.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(actual.OrderBy(p => p.Key, StringComparer.Ordinal)),
                    $"RandomModels.Small({seed}): expected [{string.Join(", ", expected.OrderBy(p => p.Key, StringComparer.Ordinal))}], got [{string.Join(", ", actual.OrderBy(p => p.Key, StringComparer.Ordinal))}]");
                known += expected.Count(p => p.Value.HasValue);
            }

            _output.WriteLine($"{ModelCount} models, {known} entrypoints with a truck factor");
            Assert.True(known > ModelCount / 2, "the random models should give most entrypoints an owner to count");
        }

        [Fact]
        public void Knowledge_concentrations_are_the_minimal_sets_of_two_or_three_people_of_the_brute_force()
        {
            var kind = FindingKind.Parse("KnowledgeConcentration");
            var pairs = 0;
            var trios = 0;
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = RandomModels.Small(seed);
                var expected = BruteForceTruckFactors.KnowledgeConcentrations(model)
                    .Select(e => $"{e.Finding} components [{e.Components}]").OrderBy(s => s, StringComparer.Ordinal).ToArray();
                var actual = new SpofAnalyzer().Analyze(model).Findings.Where(f => f.Kind == kind)
                    .Select(f => $"{ExpectedFinding.Of(f)} components [{ExpectedFinding.Join(f.Components)}]").OrderBy(s => s, StringComparer.Ordinal).ToArray();
                Assert.True(
                    expected.SequenceEqual(actual),
                    $"RandomModels.Small({seed}):\n  expected: {string.Join("\n            ", expected)}\n  actual:   {string.Join("\n            ", actual)}");
                pairs += expected.Count(e => e.Split('/')[1].Split(' ')[0].Count(ch => ch == '+') == 1);
                trios += expected.Count(e => e.Split('/')[1].Split(' ')[0].Count(ch => ch == '+') == 2);
            }

            _output.WriteLine($"{ModelCount} models: {pairs} minimal pairs, {trios} minimal trios");
            Assert.True(pairs > 0 && trios > 0, $"the random models should have minimal pairs and trios ({pairs}, {trios})");
        }
    }
}
