using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report as RFC 4180 CSV for spreadsheets: a header row, one row per finding, CRLF line ends, a field
    /// quoted when it holds a comma, a quote or a line break. List values are joined so each stays one cell.
    /// A cell that starts like a spreadsheet formula gets a leading apostrophe (see <see cref="Inert"/>).
    /// </summary>
    public static class ReportCsvWriter
    {
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "Id", "Kind", "Severity", "Target", "TargetType", "Affects", "Path", "Components", "Recommendation",
            "File", "Line", "Column", "Suppressed", "Justification", "Owner", "Expires", "ResourceIds", "Incomplete",
        };

        public static void Write(IEnumerable<Finding> findings, TextWriter writer) => Write(findings, writer, ModelProvenance.Empty);

        /// <summary>
        /// Writes the findings. Provenance goes in the two trailing columns, so the existing ones keep their places:
        /// <c>ResourceIds</c> (the finding's ARNs or resource ids, joined by "; ") and <c>Incomplete</c> (the report's
        /// incomplete-inventory lines, joined by a line break, repeated on every row so a filtered sheet keeps it). A
        /// partial read without findings still gets one row, with every finding field empty, to carry it.
        /// </summary>
        public static void Write(IEnumerable<Finding> findings, TextWriter writer, ModelProvenance provenance)
        {
            WriteRow(writer, Columns);
            var incomplete = string.Join("\n", provenance.IncompleteLines);
            var any = false;
            foreach (var f in findings)
            {
                any = true;
                var suppression = f.Suppression;
                WriteRow(writer, new[]
                {
                    f.Id,
                    f.Kind.ToString(),
                    f.Severity.ToString(),
                    f.Target,
                    f.TargetType.ToString(),
                    f.Affects.Join("; "),
                    string.Join(" -> ", f.Path),
                    f.Components.Join("; "),
                    f.Recommendation,
                    f.Location?.File ?? string.Empty,
                    f.Location == null ? string.Empty : f.Location.Line.ToString(CultureInfo.InvariantCulture),
                    f.Location == null ? string.Empty : f.Location.Column.ToString(CultureInfo.InvariantCulture),
                    f.IsSuppressed ? "true" : "false",
                    suppression?.Justification ?? string.Empty,
                    suppression?.Owner ?? string.Empty,
                    suppression?.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                    string.Join("; ", f.ResourceIds),
                    incomplete,
                });
            }

            if (!any && incomplete.Length > 0)
            {
                var row = new string[Columns.Count];
                for (var i = 0; i < row.Length - 1; i++)
                {
                    row[i] = string.Empty;
                }

                row[row.Length - 1] = incomplete;
                WriteRow(writer, row);
            }
        }

        /// <summary>One field as RFC 4180 wants it: unchanged, or in quotes with inner quotes doubled.</summary>
        public static string Field(string value)
        {
            if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
            {
                return value;
            }

            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }

        /// <summary>
        /// Names come from the audited YAML or cloud tags, so a component named <c>=HYPERLINK(...)</c> must not become a
        /// live formula when a manager opens the CSV: cells starting with = + - @ or a tab or carriage return are
        /// prefixed with an apostrophe, which spreadsheets show as text (OWASP's advice on CSV injection).
        /// </summary>
        public static string Inert(string value) =>
            value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0 ? "'" + value : value;

        private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
        {
            var line = new StringBuilder();
            for (var i = 0; i < fields.Count; i++)
            {
                line.Append(i == 0 ? string.Empty : ",").Append(Field(Inert(fields[i])));
            }

            // RFC 4180 ends records with CRLF whatever the platform.
            writer.Write(line.Append("\r\n").ToString());
        }
    }
}
