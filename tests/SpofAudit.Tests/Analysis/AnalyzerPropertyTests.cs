using System;
using System.Diagnostics;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// The order-1 analysis against the brute-force reference on hundreds of seeded random models
    /// (<see cref="RandomModels.Small"/>). A failure names its seed: <c>RandomModels.Small(seed)</c> rebuilds the model.
    /// </summary>
    public class AnalyzerPropertyTests
    {
        /// <summary>600 by default; set SPOF_PROPERTY_MODELS to search longer locally.</summary>
        private static readonly int ModelCount = int.TryParse(Environment.GetEnvironmentVariable("SPOF_PROPERTY_MODELS"), out var n) && n > 0 ? n : 600;
        private readonly ITestOutputHelper _output;

        public AnalyzerPropertyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Findings_equal_the_brute_force_reference_on_random_models()
        {
            var clock = Stopwatch.StartNew();
            var findings = 0;
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = seed % 10 == 9 ? RandomModels.Sized(60 + (seed % 7) * 20, seed) : RandomModels.Small(seed);
                var actual = new SpofAnalyzer().Analyze(model).Findings.Select(ExpectedFinding.Of).ToList();
                var expected = BruteForceReference.Findings(model);
                Assert.True(actual.Count == actual.Distinct().Count(), $"seed {seed}: duplicate findings");
                var missing = expected.Except(actual).ToArray();
                var extra = actual.Except(expected).ToArray();
                if (missing.Length > 0 || extra.Length > 0)
                {
                    Assert.Fail($"seed {seed} ({(seed % 10 == 9 ? "RandomModels.Sized" : "RandomModels.Small")}) ({model.Components.Count} components):\n  missing: {string.Join("\n           ", missing.Select(f => f.ToString()))}\n  extra:   {string.Join("\n           ", extra.Select(f => f.ToString()))}");
                }

                findings += actual.Count;
            }

            _output.WriteLine($"{ModelCount} models, {findings} findings, all equal to the reference, in {clock.Elapsed.TotalSeconds:F1} s");
        }

        [Fact]
        public void Every_path_is_a_real_dependency_chain_to_the_target()
        {
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = RandomModels.Small(seed);
                foreach (var finding in new SpofAnalyzer().Analyze(model).Findings)
                {
                    var problem = FindingPathChecker.Problem(model, finding);
                    Assert.True(problem == null, $"RandomModels.Small({seed}), {finding.Id}, path [{string.Join(" -> ", finding.Path)}]: {problem}");
                }
            }
        }

        [Fact]
        public void The_same_seed_gives_the_same_model()
        {
            var a = RandomModels.Small(42);
            var b = RandomModels.Small(42);
            Assert.Equal(a.Components.Select(c => c.Name + ":" + string.Join(",", c.DependsOn)), b.Components.Select(c => c.Name + ":" + string.Join(",", c.DependsOn)));
            Assert.Equal(a.Entrypoints, b.Entrypoints);
        }
    }
}
