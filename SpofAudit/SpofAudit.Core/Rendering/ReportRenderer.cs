using System;
using System.Collections.Generic;
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

        /// <summary>
        /// Writes the selected findings. <paramref name="options"/> says when the report was made, the gate's
        /// threshold and the model, when known; JUnit and HTML use them, the others need none.
        /// </summary>
        public static void Write(ReportSelection selection, ReportFormat format, TextWriter writer, ReportOptions? options = null)
        {
            options ??= new ReportOptions(DateTimeOffset.UtcNow);
            switch (format)
            {
                case ReportFormat.Table:
                    ReportTableWriter.Write(selection, writer);
                    break;
                case ReportFormat.Json:
                    ReportJsonWriter.Write(selection.Report, selection.Findings, writer);
                    break;
                case ReportFormat.Markdown:
                    ReportMarkdownWriter.Write(selection, writer);
                    break;
                case ReportFormat.Csv:
                    ReportCsvWriter.Write(selection.Findings, writer, selection.Report.Provenance);
                    break;
                case ReportFormat.JUnit:
                    ReportJUnitWriter.Write(selection, options, writer);
                    break;
                case ReportFormat.Sarif:
                    ReportSarifWriter.Write(selection, writer);
                    break;
                case ReportFormat.Html:
                    ReportHtmlWriter.Write(selection, options, writer);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
            }
        }

        /// <summary>The formats a what-if can be written in; the others describe findings only.</summary>
        public static readonly IReadOnlyList<ReportFormat> ImpactFormats = new[] { ReportFormat.Table, ReportFormat.Json, ReportFormat.Markdown };

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
