using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// A report written from findings alone (Export-SpofReport without -Model) keeps the incomplete-inventory mark that
    /// the findings of a partial read carry.
    /// </summary>
    public sealed class ExportedReportTests
    {
        [Fact]
        public void Findings_of_a_partial_read_make_a_report_with_the_same_unread_parts()
        {
            var provenance = PartialRead.Provenance();
            var findings = new[] { PartialRead.NatFinding().WithIncompleteInventory(provenance) };

            var report = ExportedReport.Of(findings, null);

            Assert.Same(provenance.Unread[0], report.Provenance.Unread[0]);
            Assert.Equal(provenance.IncompleteLines, report.Provenance.IncompleteLines);
            Assert.Contains("Incomplete inventory: " + PartialRead.Line, PartialRead.Render(report, ReportFormat.Table));
        }

        [Fact]
        public void Copies_of_one_provenance_merge_into_one_source_and_files_of_complete_reads_are_named_beside_it()
        {
            // What findings that went through PowerShell's serializer carry: each its own copy of the lines.
            var first = PartialRead.NatFinding().WithIncompleteInventory(ModelProvenance.FromIncompleteLines(new[] { PartialRead.Line }));
            var second = PartialRead.NatFinding().WithIncompleteInventory(ModelProvenance.FromIncompleteLines(new[] { PartialRead.Line }));
            var fromFile = new Finding(FindingKind.SinglePointOfFailure, Severity.High, "db", TargetType.Component, new[] { "web" },
                new[] { "web", "db" }, new[] { "db" }, "Add a replica.", "web-tier", new Diagnostics.SourceLocation("web-tier.yaml", 3, 3));

            var report = ExportedReport.Of(new[] { first, second, fromFile }, null);

            Assert.Equal(new[] { PartialRead.Line }, report.Provenance.IncompleteLines);
            Assert.Equal(new[] { PartialRead.Line, "web-tier.yaml" }, report.Provenance.SourceLines);
        }

        [Fact]
        public void Findings_of_complete_reads_make_a_complete_report()
        {
            var report = ExportedReport.Of(new[] { PartialRead.NatFinding() }, null);

            Assert.False(report.Provenance.IsIncomplete);
        }
    }
}
