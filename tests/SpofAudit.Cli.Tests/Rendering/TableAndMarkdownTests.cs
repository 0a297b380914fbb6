using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Rendering;

namespace SpofAudit.Cli.Tests.Rendering
{
    public class TableAndMarkdownTests
    {
        private static string[] Lines(SpofReport report, ReportFormat format, FindingFilter? filter = null)
        {
            var text = new StringWriter();
            ReportRenderer.Write(report, format, text, filter);
            return text.ToString().TrimEnd('\r', '\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        }

        [Fact]
        public void Table_columns_line_up_and_summary_is_last()
        {
            var lines = Lines(SampleReports.WebTier(), ReportFormat.Table);
            Assert.Equal("5 findings in web-tier: 3 High, 1 Medium, 1 Low", lines[^1]);
            var header = lines[0];
            var rows = lines.Skip(2).Take(5).ToArray();
            foreach (var column in new[] { "Severity", "Kind", "Target", "Type", "Affects", "Path" })
            {
                var at = header.IndexOf(column, System.StringComparison.Ordinal);
                Assert.All(rows, row => Assert.True(row[at - 1] == ' ' && row[at] != ' ', $"column {column} misaligned in '{row}'"));
            }

            Assert.Matches("^-+( +-+)+$", lines[1]);
            Assert.Contains("lb -> app -> db", rows[1]);
        }

        [Fact]
        public void Table_wraps_long_recommendations_below_the_table()
        {
            var lines = Lines(SampleReports.WebTier(), ReportFormat.Table);
            var start = System.Array.IndexOf(lines, "Recommendations:");
            Assert.True(start > 0);
            Assert.All(lines.Skip(start), l => Assert.True(l.Length <= ReportTableWriter.WrapWidth, l));
            Assert.StartsWith("  5. DegradationRisk/cache: ", lines.Single(l => l.Contains("DegradationRisk/cache:")));
        }

        [Fact]
        public void Table_truncates_a_very_long_target_with_an_ellipsis()
        {
            var report = SampleReports.Report(SampleReports.Finding(FindingKind.SinglePointOfFailure, Severity.High, new string('n', 80)));
            var row = Lines(report, ReportFormat.Table)[2];
            var target = row.Substring(0, row.IndexOf("Component", System.StringComparison.Ordinal));
            Assert.EndsWith(new string('n', 27) + "...", target.TrimEnd());
            Assert.DoesNotContain(new string('n', 28), target);
        }

        [Fact]
        public void Empty_report_says_no_single_point_of_failure()
        {
            Assert.Equal(new[] { "No findings in web-tier: no single point of failure found." }, Lines(SampleReports.Report(), ReportFormat.Table));
        }

        [Fact]
        public void Summary_admits_what_the_filter_left_out()
        {
            Assert.Equal("1 finding in web-tier: 1 Low (4 more not selected)", Lines(SampleReports.WebTier(), ReportFormat.Table, new FindingFilter(new[] { FindingKind.DegradationRisk }))[^1]);
            Assert.Equal("No findings in web-tier match the selection (5 not selected).", Lines(SampleReports.WebTier(), ReportFormat.Table, new FindingFilter(null, Severity.Critical)).Single());
        }

        [Fact]
        public void Markdown_has_heading_summary_and_a_row_per_finding_with_escaped_pipes()
        {
            var report = SampleReports.Report(SampleReports.Finding(FindingKind.SinglePointOfFailure, Severity.High, "a|b", recommendation: "x | y"));
            var lines = Lines(report, ReportFormat.Markdown);
            Assert.StartsWith("# ", lines[0]);
            Assert.Equal("1 finding in web-tier: 1 High", lines[2]);
            var row = lines.Single(l => l.StartsWith("| High", System.StringComparison.Ordinal));
            Assert.Contains("a\\|b", row);
            Assert.Contains("x \\| y", row);

            // Every row has the same number of unescaped pipes as the header: the table is not broken.
            int Cells(string line) => System.Text.RegularExpressions.Regex.Matches(line, @"(?<!\\)\|").Count;
            Assert.All(lines.Where(l => l.StartsWith("|", System.StringComparison.Ordinal)), l => Assert.Equal(Cells(lines[4]), Cells(l)));
        }

        [Fact]
        public void Markdown_escape_covers_markup_and_newlines()
        {
            Assert.Equal("\\*a\\_b\\` \\[x\\] \\<y\\> c\\\\d e", MarkdownText.Escape("*a_b` [x] <y> c\\d\ne"));
        }
    }
}
