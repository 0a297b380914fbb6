using System.IO;

namespace SpofAudit.Rendering
{
    /// <summary>A report for a wiki page or pull-request comment: heading, summary, truck factors, one table row per finding.</summary>
    public static class ReportMarkdownWriter
    {
        public static void Write(ReportSelection selection, TextWriter writer)
        {
            writer.WriteLine($"# Single points of failure: {MarkdownText.Escape(selection.Report.Model)}");
            writer.WriteLine();
            writer.WriteLine(MarkdownText.Escape(ReportSummary.Describe(selection)));
            if (TruckFactorSummary.ReportLine(selection.Report.TruckFactors) is { } truckFactors)
            {
                writer.WriteLine();
                writer.WriteLine(MarkdownText.Escape(truckFactors));
            }

            foreach (var source in selection.Report.Provenance.IncompleteLines)
            {
                writer.WriteLine();
                writer.WriteLine("**Incomplete inventory:** " + MarkdownText.Escape(source));
            }

            if (selection.Findings.Count == 0)
            {
                return;
            }

            writer.WriteLine();
            writer.WriteLine(MarkdownText.Header("Severity", "Kind", "Target", "Type", "Affects", "Path", "Recommendation"));
            foreach (var f in selection.Findings)
            {
                writer.WriteLine(MarkdownText.Row(
                    f.Severity.ToString(),
                    f.Kind.ToString(),
                    f.Target,
                    f.TargetType.ToString(),
                    f.Affects.ToString(),
                    string.Join(" → ", f.Path),
                    f.Suppression is { } s ? $"{f.Recommendation} ({s.Describe()})" : f.Recommendation));
            }
        }
    }
}
