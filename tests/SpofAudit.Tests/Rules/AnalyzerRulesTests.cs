using System;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Rules
{
    /// <summary>What the analyzer makes of its rules: one report in report order, double faults with their two events typed.</summary>
    public class AnalyzerRulesTests
    {
        public static TheoryData<string> Examples()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "examples"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void The_rules_findings_merge_into_report_order(string example)
        {
            var model = new YamlModelLoader().Load(new[] { Path.Combine(RepositoryFolder.Root, "examples", example) });

            var findings = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings;

            Assert.Equal(FindingOrder.Sort(findings).Select(f => f.Id), findings.Select(f => f.Id));
        }

        [Fact]
        public void A_double_fault_carries_its_two_events_and_its_target_is_their_names()
        {
            var model = new YamlModelLoader().Load(new[] { Path.Combine(RepositoryFolder.Root, "examples", "double-faults.yaml") });

            var doubles = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth: 2)).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToArray();

            Assert.NotEmpty(doubles);
            foreach (var finding in doubles)
            {
                var pair = finding.Pair!;
                Assert.Equal($"{pair.First} + {pair.Second}", finding.Target);
                Assert.True(string.CompareOrdinal(pair.First, pair.Second) < 0);
                Assert.Contains(pair.FirstKind, new[] { FailureEventKind.Instance, FailureEventKind.Zone, FailureEventKind.Region, FailureEventKind.Domain });
                Assert.Same(pair, finding.WithSuppression(new Suppression(finding.Id, "why", "who", null, SpofAudit.Diagnostics.SourceLocation.None)).Pair);
            }

            Assert.All(new SpofAnalyzer().Analyze(model).Findings, f => Assert.Null(f.Pair));
        }

        [Fact]
        public void Every_kind_has_a_row_in_the_readme_findings_table()
        {
            var readme = File.ReadAllLines(Path.Combine(RepositoryFolder.Root, "README.md"));

            foreach (var name in FindingRules.Names)
            {
                Assert.Contains(readme, line => line.StartsWith($"| `{name}`", StringComparison.Ordinal));
            }
        }
    }
}
