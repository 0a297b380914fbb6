using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Pipeline;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Depth 2 groups instances in the same places: "any 2 of a's 2,000 instances" is one finding, not two million;
    /// and a model of genuinely millions of pairs stops at the pair budget and says so, instead of running out of memory.
    /// </summary>
    public sealed class DoubleFaultGroupTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void Two_thousand_identical_instances_needing_all_but_one_are_one_double_fault_with_a_small_report()
        {
            var model = Load("name: wide", "components:", "  a:", "    instances: 2000", "    minHealthy: 1999");

            var report = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2));

            var finding = Assert.Single(report.Findings, f => f.Kind == FindingKind.DoubleFault);
            Assert.Equal("DoubleFault/any 2 of a's 2,000 instances", finding.Id);
            Assert.Equal(new[] { "a", "any 2 of a's 2,000 instances" }, finding.Path);
            Assert.True(finding.Pair!.IsTwoOfOneGroup);
            Assert.Equal(Enumerable.Range(1, 2000).Select(i => $"a-{i}"), finding.Pair.FirstInstances);
            Assert.StartsWith("a survives losing any one of its 2,000 instances but not two: ", finding.Recommendation);
            // Any 2 of 2,000 instances at 99.9% are down together most of the time: 1 - P(none) - P(one).
            var none = Math.Pow(0.999, 2000);
            Assert.Equal(1 - none - (2000 * 0.001 * Math.Pow(0.999, 1999)), finding.Likelihood!.Value, 5);
            Assert.Equal(Severity.Medium, finding.Severity);
            Assert.False(report.Provenance.IsIncomplete);

            var json = new StringWriter();
            ReportJsonWriter.Write(model.Name, report.Findings, json);
            Assert.True(json.ToString().Length < 4_000, $"{json.ToString().Length} characters of JSON");
            using var document = System.Text.Json.JsonDocument.Parse(json.ToString());
            var pair = document.RootElement.GetProperty("findings")[0].GetProperty("pair");
            Assert.Equal(
                new[] { "first", "firstKind", "firstCount", "second", "secondKind", "secondCount", "twoOfOneGroup" },
                pair.EnumerateObject().Select(p => p.Name));
            Assert.Equal("any of a's 2,000 instances", pair.GetProperty("first").GetString());
            Assert.Equal(2000, pair.GetProperty("firstCount").GetInt32());
            Assert.Equal(2000, pair.GetProperty("secondCount").GetInt32());
            Assert.True(pair.GetProperty("twoOfOneGroup").GetBoolean());
        }

        [Fact]
        public void Groups_of_two_components_pair_as_any_instance_of_each()
        {
            var model = Load(
                "name: pairs",
                "entrypoints: [edge]",
                "components:",
                "  edge: {dependsOn: [{anyOf: [x, y]}]}",
                "  x: {instances: 2, minHealthy: 2}",
                "  y: {instances: 3, minHealthy: 3}");

            var doubles = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToArray();

            var finding = Assert.Single(doubles);
            Assert.Equal("any of x's 2 instances + any of y's 3 instances", finding.Target);
            Assert.StartsWith("Any instance of x and any instance of y are each other's last backup for edge: ", finding.Recommendation);
            Assert.Equal(new[] { "x-1", "x-2" }, finding.Pair!.FirstInstances);
            Assert.Equal(new[] { "y-1", "y-2", "y-3" }, finding.Pair.SecondInstances);
            // Any of 2 and any of 3 instances at 99.9%: (1 - 0.999^2)(1 - 0.999^3).
            Assert.Equal((1 - Math.Pow(0.999, 2)) * (1 - Math.Pow(0.999, 3)), finding.Likelihood!.Value, 11);
        }

        [Fact]
        public void A_component_with_groups_in_several_zones_names_each_group_by_its_places()
        {
            var model = Load(
                "name: zones",
                "regions:",
                "  r: [r-a, r-b]",
                "components:",
                "  db: {instances: 4, zones: [r-a, r-b], minHealthy: 3}");

            var targets = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings
                .Where(f => f.Kind == FindingKind.DoubleFault).Select(f => f.Target).OrderBy(t => t, StringComparer.Ordinal);

            // Each zone takes two of the four instances down: a single point of failure, never part of a pair.
            Assert.Equal(
                new[] { "any 2 of db's 2 instances in r-a, r", "any 2 of db's 2 instances in r-b, r", "any of db's 2 instances in r-a, r + any of db's 2 instances in r-b, r" },
                targets);
        }

        [Fact]
        public void Two_thousand_instances_each_in_its_own_domain_are_too_many_double_faults_and_the_report_says_so_or_top_ranks_them()
        {
            // 8 million genuine pairs: any two instances, any two racks, an instance with another's rack.
            var lines = new List<string> { "name: distinct", "components:", "  a:", "    minHealthy: 1999", "    instances:" };
            lines.AddRange(Enumerable.Range(1, 2000).Select(i => $"      - {{name: a-{i}, domains: [rack-{i}]}}"));
            var model = Load(lines.ToArray());
            var host = new WarningHost();

            var outcome = new ReportPipeline().Run(model, new ReportRequest { Analysis = new AnalysisOptions(depth: 2), FailOn = Severity.Critical }, host);

            Assert.DoesNotContain(outcome.Selection.Report.Findings, f => f.Kind == FindingKind.DoubleFault);
            var unfinished = Assert.Single(outcome.Selection.Report.Provenance.Unread);
            Assert.Equal(InventorySourceKind.Analysis, unfinished.Source.Kind);
            Assert.Equal("double faults (depth 2)", unfinished.Part);
            Assert.Equal("double faults (depth 2): more than 100,000, so none is reported; --top N (-Top N) reports the N likeliest", unfinished.Description);
            Assert.Equal(new[] { unfinished.Description }, host.Warnings);
            Assert.Equal(GateVerdict.Incomplete, outcome.Gate);
            Assert.All(outcome.Selection.Report.Findings, f => Assert.NotNull(f.IncompleteInventory));

            var top = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2, top: 10));
            Assert.False(top.Provenance.IsIncomplete);
            var likeliest = top.Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToArray();
            // Two instances (1e-6) are likelier than an instance with a rack (1e-7); ties by target.
            Assert.Equal(new[] { "a-1 + a-10", "a-1 + a-100", "a-1 + a-1000", "a-1 + a-1001", "a-1 + a-1002" }, likeliest.Select(f => f.Target).OrderBy(t => t, StringComparer.Ordinal).Take(5));
            Assert.Equal(10, likeliest.Length);
        }

        [Fact]
        public void A_budget_smaller_than_the_pairs_stops_depth_2_and_one_large_enough_gives_them_all()
        {
            var model = RandomModels.Sized(80, 11);
            var all = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Count(f => f.Kind == FindingKind.DoubleFault);
            Assert.True(all > 5);

            var stopped = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2, pairBudget: all / 2));
            var enough = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2, pairBudget: 1_000_000));

            Assert.DoesNotContain(stopped.Findings, f => f.Kind == FindingKind.DoubleFault);
            Assert.True(stopped.Provenance.IsIncomplete);
            Assert.Equal(all, enough.Findings.Count(f => f.Kind == FindingKind.DoubleFault));
            Assert.False(enough.Provenance.IsIncomplete);
        }

        [Fact]
        public void Top_on_a_model_past_the_budget_is_still_incomplete_not_a_partial_top()
        {
            var model = RandomModels.Sized(80, 11);
            var all = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Count(f => f.Kind == FindingKind.DoubleFault);

            var top = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2, top: 1, pairBudget: all / 2));

            Assert.DoesNotContain(top.Findings, f => f.Kind == FindingKind.DoubleFault);
            Assert.True(top.Provenance.IsIncomplete);
        }

        [Fact]
        public void A_group_double_fault_is_accepted_and_baselined_by_its_id()
        {
            var model = Load("name: wide", "components:", "  a:", "    instances: 300", "    minHealthy: 299");
            var accepted = _files.Write("accepted.yaml", "suppressions:\n  - id: \"DoubleFault/any 2 of a's 300 instances\"\n    justification: load tested\n    owner: sre\n");
            var first = new ReportPipeline().Run(model, new ReportRequest { Analysis = new AnalysisOptions(depth: 2), AcceptedRisksFile = accepted }, new NullHost());
            Assert.True(Assert.Single(first.Selection.Report.Findings, f => f.Kind == FindingKind.DoubleFault).IsSuppressed);
            Assert.DoesNotContain(first.Selection.Report.Findings, f => f.Kind == FindingKind.SuppressionUnmatched);

            var json = new StringWriter();
            ReportJsonWriter.Write(model.Name, first.Selection.Report.Findings, json);
            var baseline = _files.Write("baseline.json", json.ToString());
            var again = new ReportPipeline().Run(model, new ReportRequest { Analysis = new AnalysisOptions(depth: 2), AcceptedRisksFile = accepted, BaselineFile = baseline }, new NullHost());
            Assert.Empty(again.Selection.Report.Findings);
        }

        private SpofModel Load(params string[] lines) =>
            new YamlModelLoader().Load(new[] { _files.Write(Guid.NewGuid().ToString("N") + ".yaml", "apiVersion: spofaudit/v1\n" + string.Join("\n", lines) + "\n") });

        private sealed class WarningHost : ISpofHost
        {
            public List<string> Warnings { get; } = new List<string>();

            public CancellationToken CancellationToken => CancellationToken.None;

            public void WriteWarning(string message) => Warnings.Add(message);

            public void WriteVerbose(string message)
            {
            }

            public void WriteDebug(string message)
            {
            }

            public void WriteProgress(string activity, string status, int percent)
            {
            }
        }
    }
}
