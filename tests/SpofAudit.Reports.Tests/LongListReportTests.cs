using System;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// A finding that affects more than 64 entrypoints lists the first 10 and carries the count (issue 14): every face
    /// says how many it left out, the JSON report carries the count and reads it back, and a diff compares it.
    /// </summary>
    public class LongListReportTests
    {
        private static readonly ReportOptions Options = new ReportOptions(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), Severity.High, hostName: "ci-runner");

        [Theory]
        [InlineData(ReportFormat.Table)]
        [InlineData(ReportFormat.Markdown)]
        [InlineData(ReportFormat.Csv)]
        [InlineData(ReportFormat.Html)]
        [InlineData(ReportFormat.JUnit)]
        [InlineData(ReportFormat.Sarif)]
        public void Every_format_says_how_many_entrypoints_a_long_list_leaves_out(ReportFormat format)
        {
            var text = Render(new SpofAnalyzer().Analyze(Chain(100)), format);
            // The table's Affects column is 30 characters wide: it keeps the count and as many names as fit beside it.
            var expected = format switch
            {
                ReportFormat.Table => "c0, c1, c10, c11 and 96 more",
                ReportFormat.Csv => "c0; c1; c10; c11; c12; c13; c14; c15; c16; c17 and 90 more",
                _ => "c0, c1, c10, c11, c12, c13, c14, c15, c16, c17 and 90 more",
            };
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        [Fact]
        public void The_JSON_report_carries_the_count_of_a_long_list_and_reads_it_back()
        {
            var report = new SpofAnalyzer().Analyze(Chain(100));
            var json = Render(report, ReportFormat.Json);
            Assert.Contains("\"affectsCount\": 100", json, StringComparison.Ordinal);

            var back = ReportJsonReader.Read(json, "report.json").Findings.Single(f => f.Id == "SinglePointOfFailure/c99");
            Assert.Equal(100, back.AffectsCount);
            Assert.Equal(new[] { "c0", "c1", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17" }, back.Affects);
            Assert.Equal(Render(report, ReportFormat.Json), Render(SpofReport.FromFindings(ReportJsonReader.Read(json, "report.json").Findings, report.Model), ReportFormat.Json));
        }

        [Fact]
        public void A_report_with_no_long_list_has_no_count_keys()
        {
            var json = Render(new SpofAnalyzer().Analyze(Chain(64)), ReportFormat.Json);
            Assert.DoesNotContain("affectsCount", json, StringComparison.Ordinal);
            Assert.DoesNotContain("componentCount", json, StringComparison.Ordinal);
        }

        [Fact]
        public void A_diff_sees_a_long_list_grow_past_the_names_it_keeps_and_nothing_when_it_is_the_same()
        {
            var before = ReportJsonReader.Read(Render(new SpofAnalyzer().Analyze(Chain(100)), ReportFormat.Json), "before.json").Findings;
            var after = new SpofAnalyzer().Analyze(Chain(100, extraEntrypoint: "z-extra")).Findings;
            Assert.All(ReportComparer.Compare(before, new SpofAnalyzer().Analyze(Chain(100)).Findings), c => Assert.Equal(FindingChangeKind.Unchanged, c.Change));

            // z-extra needs c0, so it is affected by every finding, after the 10 names kept: only the count tells.
            var changed = ReportComparer.Compare(before, after).Single(c => c.Id == "SinglePointOfFailure/c99");
            Assert.Equal(FindingChangeKind.Changed, changed.Change);
            Assert.Equal(new[] { nameof(Finding.Affects) }, changed.ChangedProperties);
            Assert.Equal(before.Single(f => f.Id == "SinglePointOfFailure/c99").Affects, changed.Difference!.Affects);
        }

        private static string Render(SpofReport report, ReportFormat format)
        {
            var writer = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), format, writer, Options);
            return writer.ToString();
        }

        /// <summary>c0 needs c1 needs ... c(n-1), one instance each, every one an entrypoint (and <paramref name="extraEntrypoint"/>, which needs c0).</summary>
        private static SpofModel Chain(int size, string? extraEntrypoint = null)
        {
            var components = Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                null,
                new[] { Instance("c" + i + "-1", null, null) },
                i + 1 < size ? new[] { Hard("c" + (i + 1)) } : null)).ToList();
            if (extraEntrypoint != null)
            {
                components.Add(Component(extraEntrypoint, null, new[] { Instance(extraEntrypoint + "-1", null, null) }, new[] { Hard("c0") }));
            }

            return NewModel("chain", components, components.Select(c => c.Name).ToArray());
        }
    }
}
