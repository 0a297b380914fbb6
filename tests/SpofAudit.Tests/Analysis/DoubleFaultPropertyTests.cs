using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Depth 2 against brute force: fail every pair of events (each instance, zone, region, domain) and evaluate the
    /// model. The double faults must be exactly the pairs that take an entrypoint down when neither event alone takes
    /// any entrypoint down, each with the entrypoints it takes down.
    /// </summary>
    public sealed class DoubleFaultPropertyTests
    {
        private static readonly int ModelCount = int.TryParse(Environment.GetEnvironmentVariable("SPOF_PROPERTY_MODELS"), out var n) && n > 0 ? n / 2 : 300;
        private readonly ITestOutputHelper _output;

        public DoubleFaultPropertyTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Double_faults_equal_the_brute_force_pairs_on_random_models()
        {
            var pairs = 0;
            var grouped = 0;
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = seed % 10 == 9 ? RandomModels.Sized(40 + (seed % 5) * 10, seed) : RandomModels.Small(seed);
                var doubles = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToList();
                grouped += doubles.Count(f => f.Pair!.FirstInstances.Count > 1 || f.Pair.SecondInstances.Count > 1);
                var actual = doubles
                    .SelectMany(f => DoubleFaultExpansion.Targets(model, f).Select(target => target + " -> " + string.Join(",", f.Affects.OrderBy(a => a, StringComparer.Ordinal))))
                    .ToList();
                var expected = BruteForcePairs(model);
                Assert.True(actual.Count == actual.Distinct().Count(), $"seed {seed}: duplicate double faults");
                var missing = expected.Except(actual).ToArray();
                var extra = actual.Except(expected).ToArray();
                if (missing.Length > 0 || extra.Length > 0)
                {
                    Assert.Fail($"seed {seed} ({model.Components.Count} components):\n  missing: {string.Join("\n           ", missing)}\n  extra:   {string.Join("\n           ", extra)}");
                }

                pairs += actual.Count;
            }

            Assert.True(pairs > ModelCount, $"only {pairs} double faults in {ModelCount} models: the generator no longer exercises depth 2");
            Assert.True(grouped > ModelCount / 10, $"only {grouped} double faults of groups of instances in the same places: the generator no longer exercises them");
            _output.WriteLine($"{ModelCount} models, {pairs} pairs of single events in double faults ({grouped} findings of groups), all equal to brute force");
        }

        [Fact]
        public void Every_double_fault_path_is_a_real_dependency_chain()
        {
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var model = RandomModels.Small(seed);
                foreach (var finding in new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault))
                {
                    var problem = FindingPathChecker.Problem(model, finding);
                    Assert.True(problem == null, $"RandomModels.Small({seed}), {finding.Id}, path [{string.Join(" -> ", finding.Path)}]: {problem}");
                }
            }
        }

        [Fact]
        public void Paths_through_the_cycles_of_a_large_model_are_real_and_short()
        {
            // The large generator closes dependency cycles between stacks; a pair deep inside one must not be explained
            // by a walk around the whole cycle.
            var model = RandomModels.Large(600, 7);
            var doubles = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToList();
            Assert.NotEmpty(doubles);
            foreach (var finding in doubles)
            {
                var problem = FindingPathChecker.Problem(model, finding);
                Assert.True(problem == null, $"{finding.Id}, path [{string.Join(" -> ", finding.Path)}]: {problem}");
                var components = finding.Path.Count - 1;
                var shortest = ShortestDownChain(model, finding, finding.Path[0], finding.Path[components - 1]);
                Assert.True(components == shortest, $"{finding.Id}: a chain of {components} components where {shortest} reach {finding.Path[components - 1]}");
            }
        }

        /// <summary>Components on the shortest chain from one to another through components the pair takes down.</summary>
        private static int ShortestDownChain(SpofModel model, Finding finding, string from, string to)
        {
            var scenario = new ScenarioEvaluator().Evaluate(model, FindingPathChecker.EventsOf(model, finding));
            var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 1 };
            var queue = new Queue<string>(new[] { from });
            while (queue.Count > 0)
            {
                var name = queue.Dequeue();
                if (name == to)
                {
                    return distance[name];
                }

                foreach (var member in model.FindComponent(name)!.DependsOn.Where(d => !d.Soft).SelectMany(d => d.Members))
                {
                    if (!distance.ContainsKey(member) && scenario.StatusOf(member) == HealthStatus.Down)
                    {
                        distance[member] = distance[name] + 1;
                        queue.Enqueue(member);
                    }
                }
            }

            return -1;
        }

        [Fact]
        public void Top_keeps_the_likeliest_double_faults_in_order()
        {
            var model = RandomModels.Sized(80, 11);
            var all = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToList();
            Assert.True(all.Count > 5, "the model has too few double faults for this test");
            var top = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2, top: 5)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToList();
            Assert.Equal(5, top.Count);
            var byLikelihood = all.OrderByDescending(f => f.Likelihood).ThenBy(f => f.Target, StringComparer.Ordinal).Take(5).Select(f => f.Id);
            Assert.Equal(byLikelihood.OrderBy(id => id, StringComparer.Ordinal), top.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal));
            Assert.All(top, f => Assert.True(f.Likelihood > 0));
        }

        [Fact]
        public void Depth_1_reports_no_double_faults()
        {
            var model = RandomModels.Sized(80, 11);
            Assert.DoesNotContain(new SpofAnalyzer().Analyze(model).Findings, f => f.Kind == FindingKind.DoubleFault);
        }

        private static List<string> BruteForcePairs(SpofModel model)
        {
            var evaluator = new ScenarioEvaluator();
            var entrypoints = model.Entrypoints.Distinct().ToArray();
            var events = model.Components.Where(c => c.Scope == ComponentScope.None).SelectMany(c => c.Instances).Select(i => new FailureEvent(FailureEventKind.Instance, i.Name))
                .Concat(model.Zones.Select(z => new FailureEvent(FailureEventKind.Zone, z)))
                .Concat(model.RegionNames.Select(r => new FailureEvent(FailureEventKind.Region, r)))
                .Concat(model.DomainNames.Select(d => new FailureEvent(FailureEventKind.Domain, d)))
                .ToArray();
            string[] Down(params FailureEvent[] failures)
            {
                var result = evaluator.Evaluate(model, failures);
                return entrypoints.Where(e => result.StatusOf(e) == HealthStatus.Down).OrderBy(e => e, StringComparer.Ordinal).ToArray();
            }

            var candidates = events.Where(e => Down(e).Length == 0).ToArray();
            var pairs = new List<string>();
            for (var i = 0; i < candidates.Length; i++)
            {
                for (var j = i + 1; j < candidates.Length; j++)
                {
                    var down = Down(candidates[i], candidates[j]);
                    if (down.Length > 0)
                    {
                        var names = new[] { candidates[i].Name, candidates[j].Name }.OrderBy(x => x, StringComparer.Ordinal);
                        pairs.Add(string.Join(" + ", names) + " -> " + string.Join(",", down));
                    }
                }
            }

            return pairs;
        }
    }
}
