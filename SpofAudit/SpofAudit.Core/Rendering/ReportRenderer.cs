using System;
using System.IO;
using SpofAudit.Analysis;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>The one entry point faces use to write a report or a what-if in a chosen <see cref="ReportFormat"/>.</summary>
    public static class ReportRenderer
    {
        public static void Write(SpofReport report, ReportFormat format, TextWriter writer, FindingFilter? filter = null) =>
            Write(new ReportSelection(report, filter), format, writer);

        public static void Write(ReportSelection selection, ReportFormat format, TextWriter writer)
        {
            switch (format)
            {
                case ReportFormat.Table:
                    ReportTableWriter.Write(selection, writer);
                    break;
                case ReportFormat.Json:
                    ReportJsonWriter.Write(selection.Report.Model, selection.Findings, writer);
                    break;
                case ReportFormat.Markdown:
                    ReportMarkdownWriter.Write(selection, writer);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
            }
        }

        /// <summary>Writes a what-if. With <paramref name="includeAffected"/>, table and Markdown also list every affected component; JSON always does.</summary>
        public static void Write(ImpactReport impact, ReportFormat format, TextWriter writer, bool includeAffected = false)
        {
            switch (format)
            {
                case ReportFormat.Table:
                    ImpactTableWriter.Write(impact, writer, includeAffected);
                    break;
                case ReportFormat.Json:
                    ImpactJsonWriter.Write(impact, writer);
                    break;
                case ReportFormat.Markdown:
                    ImpactMarkdownWriter.Write(impact, writer, includeAffected);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
            }
        }
    }
}
