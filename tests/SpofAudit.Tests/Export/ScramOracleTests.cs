using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;
using SpofAudit.Tests.Analysis;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Export
{
    /// <summary>
    /// SCRAM as an independent oracle: the order-1 minimal cut sets of the exported fault tree must be exactly the
    /// events of SpofAnalyzer's SinglePointOfFailure, SingleZoneRisk, SingleRegionRisk and CapacityRisk findings (for a
    /// component: every one of its instances). Without scram on PATH these tests say so and pass, except on CI.
    /// </summary>
    public sealed class ScramOracleTests : IDisposable
    {
        private readonly ITestOutputHelper _output;
        private readonly TempFiles _files = new TempFiles();

        public ScramOracleTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public void Dispose() => _files.Dispose();

        [Fact]
        public void Scram_cut_sets_equal_the_analyzer_on_random_models()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            var models = Enumerable.Range(0, 120).Select(seed => (Name: $"RandomModels.Small({seed})", Model: RandomModels.Small(seed)))
                .Concat(Enumerable.Range(1000, 8).Select(seed => (Name: $"RandomModels.Sized(150, {seed})", Model: RandomModels.Sized(150, seed))))
                .Concat(new[] { (Name: "RandomModels.Large(600, 7)", Model: RandomModels.Large(600, 7)) });
            var count = 0;
            foreach (var (name, model) in models)
            {
                AssertScramAgrees(scram!, name, model);
                count++;
            }

            _output.WriteLine($"{count} models: SCRAM's order-1 cut sets equal the analyzer's findings ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        [Fact]
        public void Scram_order_2_cut_sets_equal_the_spofs_and_double_faults_on_random_models()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            var models = Enumerable.Range(0, 100).Select(seed => (Name: $"RandomModels.Small({seed})", Model: RandomModels.Small(seed)))
                .Concat(Enumerable.Range(1000, 6).Select(seed => (Name: $"RandomModels.Sized(150, {seed})", Model: RandomModels.Sized(150, seed))))
                .Concat(new[] { (Name: "RandomModels.Large(600, 7)", Model: RandomModels.Large(600, 7)) });
            var pairs = 0;
            foreach (var (name, model) in models)
            {
                var file = _files.Path(Guid.NewGuid().ToString("N") + ".xml");
                var report = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2));
                using (var writer = new StreamWriter(file))
                {
                    GraphExporter.Write(model, report, GraphFormat.OpenPsa, writer);
                }

                var result = ScramRunner.CutSets(scram!, file, 2);
                var actual = new SortedSet<string>(result.Products.Select(p => string.Join(" ", p.OrderBy(e => e, StringComparer.Ordinal))), StringComparer.Ordinal);
                var doubles = report.Findings.Where(f => f.Kind == FindingKind.DoubleFault)
                    .SelectMany(f => DoubleFaultExpansion.EventPairs(model, f))
                    .Select(p => string.Join(" ", new[] { p.First, p.Second }.Select(e => OpenPsaNames.BasicEvent(e.Kind, e.Name)).OrderBy(e => e, StringComparer.Ordinal)));
                var expected = new SortedSet<string>(ExpectedEvents(model).Concat(doubles), StringComparer.Ordinal);
                if (!expected.SetEquals(actual))
                {
                    Assert.Fail($"{name}: SCRAM's order-2 cut sets and SpofAnalyzer disagree.\n  only SCRAM:    {string.Join(", ", actual.Except(expected).Take(20))}\n  only analyzer: {string.Join(", ", expected.Except(actual).Take(20))}");
                }

                pairs += actual.Count(p => p.Contains(' '));
            }

            Assert.True(pairs > 100, $"only {pairs} order-2 cut sets: the random models no longer exercise depth 2");
            _output.WriteLine($"107 models: SCRAM's order-2 cut sets equal the SPOF and DoubleFault findings ({pairs} pairs)");
        }

        [Fact]
        public void Scram_cut_sets_before_failover_equal_outages_and_failover_risks()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            var count = 0;
            foreach (var seed in Enumerable.Range(0, 120))
            {
                var model = RandomModels.Small(seed);
                if (!model.Components.Any(c => c.FailoverInterrupts))
                {
                    continue;
                }

                var file = _files.Path(Guid.NewGuid().ToString("N") + ".xml");
                using (var writer = new StreamWriter(file))
                {
                    OpenPsaWriter.Write(model, writer, FailureSemantics.BeforeFailover);
                }

                var result = ScramRunner.OrderOneCutSets(scram!, file);
                var actual = new SortedSet<string>(result.Products.Select(p => Assert.Single(p)), StringComparer.Ordinal);
                var expected = new SortedSet<string>(ExpectedEvents(model).Concat(FailoverEvents(model)), StringComparer.Ordinal);
                if (!expected.SetEquals(actual))
                {
                    Assert.Fail($"RandomModels.Small({seed}) before failover: SCRAM and SpofAnalyzer disagree.\n  only SCRAM:    {string.Join(", ", actual.Except(expected))}\n  only analyzer: {string.Join(", ", expected.Except(actual))}");
                }

                count++;
            }

            Assert.True(count >= 20, $"only {count} of 120 random models have an interrupting failover");
            _output.WriteLine($"{count} models with warm, cold or manual failover: SCRAM's order-1 cut sets before failover equal the outages plus the FailoverRisk events");
        }

        /// <summary>The basic events of FailoverRisk findings: the primary instance of a component, or the zone, region or domain.</summary>
        private static IEnumerable<string> FailoverEvents(SpofModel model)
        {
            foreach (var finding in new SpofAnalyzer().Analyze(model).Findings.Where(f => f.Kind == FindingKind.FailoverRisk))
            {
                yield return finding.TargetType switch
                {
                    TargetType.Component => OpenPsaNames.BasicEvent(FailureEventKind.Instance, model.FindComponent(finding.Target)!.Instances[0].Name),
                    TargetType.Zone => OpenPsaNames.BasicEvent(FailureEventKind.Zone, finding.Target),
                    TargetType.Region => OpenPsaNames.BasicEvent(FailureEventKind.Region, finding.Target),
                    _ => OpenPsaNames.BasicEvent(FailureEventKind.Domain, finding.Target),
                };
            }
        }

        [Fact]
        public void Scram_agrees_on_cycles_through_groups()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            // entry -> anyOf[p, q]; p <-> q hard; p single instance: p down takes q down, so the group fails.
            // r <-> s, both redundant: the cycle alone never falls (least fixed point).
            var model = ModelParts.NewModel("cycles", new[]
            {
                ModelParts.Component("entry", "lb", Instances("entry", 2), new[] { ModelParts.AnyOf(false, "p", "q"), ModelParts.Hard("r") }),
                ModelParts.Component("p", null, Instances("p", 1), new[] { ModelParts.Hard("q") }),
                ModelParts.Component("q", null, Instances("q", 2), new[] { ModelParts.Hard("p") }),
                ModelParts.Component("r", null, Instances("r", 2), new[] { ModelParts.AtLeast(1, false, "s", "r") }),
                ModelParts.Component("s", null, Instances("s", 2), new[] { ModelParts.Hard("r") }),
            }, new[] { "entry" });
            var result = AssertScramAgrees(scram!, "cycles", model);
            Assert.Equal(new[] { "inst__p-1" }, result.Products.SelectMany(p => p).ToArray());
        }

        [Fact]
        public void Scram_agrees_when_group_members_fail_as_one()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            // b is a global service without domains that needs a: it is down exactly when a is, so in the group a and
            // b are one failure counted twice. Written naively as atleast(2; a, a, c), SCRAM 0.16.2 rejects the
            // duplicate, and through pass-through gates it miscounts; the writer splits the repeat out exactly.
            var model = ModelParts.NewModel("twins", new[]
            {
                ModelParts.Component("entry", "lb", Instances("entry", 2), new[] { ModelParts.AtLeast(2, false, "a", "b", "c") }),
                ModelParts.Component("a", null, Instances("a", 1)),
                ModelParts.Component("b", null, Array.Empty<Instance>(), new[] { ModelParts.Hard("a") }, scope: ComponentScope.Global),
                ModelParts.Component("c", null, Instances("c", 2), minHealthy: 2),
            }, new[] { "entry" });
            var result = AssertScramAgrees(scram!, "twins", model);
            Assert.Equal(new[] { "inst__a-1" }, result.Products.SelectMany(p => p).ToArray());
        }

        [Fact]
        public void Scram_reports_no_products_when_nothing_single_fails_the_top()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            var model = ModelParts.NewModel("redundant", new[]
            {
                ModelParts.Component("a", null, Instances("a", 2), new[] { ModelParts.Hard("b") }),
                ModelParts.Component("b", null, Instances("b", 3), minHealthy: 2),
                ModelParts.Component("g", "dns", Array.Empty<Instance>(), scope: ComponentScope.Global),
            });
            var result = AssertScramAgrees(scram!, "redundant", model);
            Assert.Empty(result.Products);
            Assert.Equal("The set is NULL/Empty.", result.Warning);
        }

        [Fact]
        public void Scram_reports_one_empty_product_for_a_top_that_always_fails()
        {
            if (!TryFindScram(out var scram))
            {
                return;
            }

            // minHealthy above the unit count: the loader rejects it, but the export must still say "always down".
            var model = ModelParts.NewModel("broken", new[] { ModelParts.Component("a", null, Instances("a", 1), minHealthy: 2) });
            var result = Run(scram!, model);
            Assert.True(result.IsUnity, "expected the UNITY product");
            Assert.Equal("The set is UNITY/Base.", result.Warning);
        }

        private ScramResult AssertScramAgrees(string scram, string name, SpofModel model)
        {
            var result = Run(scram, model);
            Assert.False(result.IsUnity, $"{name}: SCRAM says the system is down with nothing failed");
            var actual = new SortedSet<string>(result.Products.Select(p => Assert.Single(p)), StringComparer.Ordinal);
            var expected = new SortedSet<string>(ExpectedEvents(model), StringComparer.Ordinal);
            foreach (var eventName in actual)
            {
                Assert.True(OpenPsaNames.TryParseBasicEvent(eventName, out var failure), $"{name}: SCRAM named an unknown basic event {eventName}");
                Assert.NotNull(failure);
            }

            if (!expected.SetEquals(actual))
            {
                Assert.Fail($"{name}: SCRAM and SpofAnalyzer disagree.\n  only SCRAM:    {string.Join(", ", actual.Except(expected))}\n  only analyzer: {string.Join(", ", expected.Except(actual))}");
            }

            return result;
        }

        /// <summary>The basic events SpofAnalyzer says are order-1 cut sets: every instance of a SPOF component, and each zone, region or domain at risk.</summary>
        private static IEnumerable<string> ExpectedEvents(SpofModel model)
        {
            var report = new SpofAnalyzer().Analyze(model);
            foreach (var finding in report.Findings)
            {
                switch (finding.Kind.Name, finding.TargetType)
                {
                    case (nameof(FindingKind.SinglePointOfFailure), TargetType.Component):
                    case (nameof(FindingKind.CapacityRisk), TargetType.Component):
                        foreach (var instance in model.FindComponent(finding.Target)!.Instances)
                        {
                            yield return OpenPsaNames.BasicEvent(FailureEventKind.Instance, instance.Name);
                        }

                        break;
                    case (nameof(FindingKind.SinglePointOfFailure), TargetType.Domain):
                    case (nameof(FindingKind.CapacityRisk), TargetType.Domain):
                        yield return OpenPsaNames.BasicEvent(FailureEventKind.Domain, finding.Target);
                        break;
                    case (nameof(FindingKind.SingleZoneRisk), _):
                    case (nameof(FindingKind.CapacityRisk), TargetType.Zone):
                        yield return OpenPsaNames.BasicEvent(FailureEventKind.Zone, finding.Target);
                        break;
                    case (nameof(FindingKind.SingleRegionRisk), _):
                    case (nameof(FindingKind.CapacityRisk), TargetType.Region):
                        yield return OpenPsaNames.BasicEvent(FailureEventKind.Region, finding.Target);
                        break;
                }
            }
        }

        private ScramResult Run(string scram, SpofModel model)
        {
            var file = _files.Path(Guid.NewGuid().ToString("N") + ".xml");
            using (var writer = new StreamWriter(file))
            {
                GraphExporter.Write(model, new SpofAnalyzer().Analyze(model), GraphFormat.OpenPsa, writer);
            }

            return ScramRunner.OrderOneCutSets(scram, file);
        }

        private bool TryFindScram(out string? scram)
        {
            scram = ScramRunner.FindOrExplain(_output);
            return scram != null;
        }

        /// <summary>Instances with no zone, region or domain: only their own failures count.</summary>
        private static Instance[] Instances(string component, int count) =>
            Enumerable.Range(1, count).Select(i => ModelParts.Instance($"{component}-{i}", null, null)).ToArray();
    }
}
