using System.Globalization;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.Reports.Tests
{
    public class CsvReportTests
    {
        public static TheoryData<string> Examples() => new TheoryData<string>(RepositoryPaths.ExampleModels());

        [Theory]
        [MemberData(nameof(Examples))]
        public void A_csv_parser_reads_back_one_row_per_finding_with_the_same_values(string example)
        {
            var report = Analysed.Load(example).Report;
            var rows = Rfc4180Reader.Read(Render(report));

            Assert.Equal(ReportCsvWriter.Columns, rows[0]);
            Assert.Equal(report.Findings.Count, rows.Count - 1);
            for (var i = 0; i < report.Findings.Count; i++)
            {
                Assert.Equal(Expected(report.Findings[i]), rows[i + 1]);
            }
        }

        [Fact]
        public void Commas_quotes_and_line_breaks_survive_the_round_trip()
        {
            var tricky = new Finding(
                FindingKind.SinglePointOfFailure, Severity.High, "db, \"primary\"", TargetType.Component, new[] { "web,1", "api" },
                new[] { "web,1", "db, \"primary\"" }, new[] { "db, \"primary\"" }, "First line.\r\nSecond, \"quoted\" line.\nThird.", "m",
                new SourceLocation("dir with, comma/arch.yaml", 12, 5),
                new Suppression("SinglePointOfFailure/db, \"primary\"", "Accepted, \"for now\"", "alice", new System.DateTime(2030, 1, 31), SourceLocation.None));
            var rows = Rfc4180Reader.Read(Render(new SpofReport("m", new[] { "web,1" }, new string[0], 2, new[] { tricky })));

            Assert.Equal(2, rows.Count);
            Assert.Equal(Expected(tricky), rows[1]);
            Assert.Equal("First line.\r\nSecond, \"quoted\" line.\nThird.", rows[1][8]);
            Assert.Equal(new[] { "true", "Accepted, \"for now\"", "alice", "2030-01-31", string.Empty, string.Empty }, rows[1].Skip(12));
        }

        [Fact]
        public void Names_that_look_like_formulas_stay_text_in_a_spreadsheet()
        {
            // A component named in the YAML (or a cloud tag) as a formula must not run when the CSV is opened.
            var hostile = new Finding(
                FindingKind.SinglePointOfFailure, Severity.High, "=HYPERLINK(\"http://evil\",\"db\")", TargetType.Component, new[] { "+web" },
                new[] { "+web", "@db" }, new[] { "-db" }, "Add a replica.", "m");
            var rows = Rfc4180Reader.Read(Render(new SpofReport("m", new[] { "+web" }, new string[0], 2, new[] { hostile })));

            Assert.Equal("SinglePointOfFailure/=HYPERLINK(\"http://evil\",\"db\")", rows[1][0]);
            Assert.Equal("'=HYPERLINK(\"http://evil\",\"db\")", rows[1][3]);
            Assert.Equal("'+web", rows[1][5]);
            Assert.Equal("'+web -> @db", rows[1][6]);
            Assert.Equal("'-db", rows[1][7]);
            Assert.Equal("Add a replica.", rows[1][8]);
        }

        [Fact]
        public void An_empty_report_is_the_header_alone()
        {
            var rows = Rfc4180Reader.Read(Render(new SpofReport("m", new string[0], new string[0], 0, new Finding[0])));
            Assert.Equal(new[] { ReportCsvWriter.Columns.ToArray() }, rows);
        }

        private static string Render(SpofReport report)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), ReportFormat.Csv, text);
            return text.ToString();
        }

        private static string[] Expected(Finding f) => new[]
        {
            f.Id, f.Kind.ToString(), f.Severity.ToString(), f.Target, f.TargetType.ToString(),
            string.Join("; ", f.Affects), string.Join(" -> ", f.Path), string.Join("; ", f.Components), f.Recommendation,
            f.Location?.File ?? string.Empty,
            f.Location?.Line.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            f.Location?.Column.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            f.IsSuppressed ? "true" : "false",
            f.Suppression?.Justification ?? string.Empty,
            f.Suppression?.Owner ?? string.Empty,
            f.Suppression?.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join("; ", f.ResourceIds),
            string.Empty, // Incomplete: these reports come from complete reads
        };
    }
}
