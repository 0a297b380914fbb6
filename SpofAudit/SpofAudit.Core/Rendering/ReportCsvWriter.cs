using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using SpofAudit.Findings;

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
            "File", "Line", "Column", "Suppressed", "Justification", "Owner", "Expires",
        };

        public static void Write(IEnumerable<Finding> findings, TextWriter writer)
        {
            WriteRow(writer, Columns);
            foreach (var f in findings)
            {
                var suppression = f.Suppression;
                WriteRow(writer, new[]
                {
                    f.Id,
                    f.Kind.ToString(),
                    f.Severity.ToString(),
                    f.Target,
                    f.TargetType.ToString(),
                    string.Join("; ", f.Affects),
                    string.Join(" -> ", f.Path),
                    string.Join("; ", f.Components),
                    f.Recommendation,
                    f.Location?.File ?? string.Empty,
                    f.Location == null ? string.Empty : f.Location.Line.ToString(CultureInfo.InvariantCulture),
                    f.Location == null ? string.Empty : f.Location.Column.ToString(CultureInfo.InvariantCulture),
                    f.IsSuppressed ? "true" : "false",
                    suppression?.Justification ?? string.Empty,
                    suppression?.Owner ?? string.Empty,
                    suppression?.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                });
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
