using System;
using System.IO;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// The report format a file name asks for by its extension: .json, .md (.markdown), .csv, .xml (JUnit, the one
    /// XML report format CI systems read), .sarif (and .sarif.json), .html (.htm). Null for any other extension.
    /// </summary>
    public static class ReportFileFormats
    {
        /// <summary>The format <paramref name="fileName"/>'s extension names; null when it names none.</summary>
        public static ReportFormat? FromFileName(string fileName)
        {
            if (fileName.EndsWith(".sarif.json", StringComparison.OrdinalIgnoreCase))
            {
                return ReportFormat.Sarif;
            }

            switch (Path.GetExtension(fileName).ToLowerInvariant())
            {
                case ".json":
                    return ReportFormat.Json;
                case ".md":
                case ".markdown":
                    return ReportFormat.Markdown;
                case ".csv":
                    return ReportFormat.Csv;
                case ".xml":
                    return ReportFormat.JUnit;
                case ".sarif":
                    return ReportFormat.Sarif;
                case ".html":
                case ".htm":
                    return ReportFormat.Html;
                default:
                    return null;
            }
        }
    }
}
