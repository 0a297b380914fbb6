using SpofAudit.Diagnostics;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report for a terminal: one aligned row per finding, then each finding's recommendation by number
    /// (recommendations are whole sentences; in a column they would be cut or wreck the alignment), then the
    /// entrypoints' truck factors when the model names owners, and the summary line last, where a reader's eye lands. Every name reaches the terminal through
    /// <see cref="VisibleText.ForTerminal"/> (the table's cells through <see cref="TextTable"/>).
    /// </summary>
    public static class ReportTableWriter
    {
        /// <summary>Recommendations wrap at this width: readable in an 80- to 120-column terminal and in CI logs.</summary>
        public const int WrapWidth = 100;

        internal const string PathSeparator = " -> ";

        /// <summary>The widest the Affects column gets before its cells are cut.</summary>
        private const int AffectsWidth = 30;

        public static void Write(ReportSelection selection, TextWriter writer)
        {
            var findings = selection.Findings;
            if (findings.Count > 0)
            {
                var table = new TextTable(("#", 0), ("Severity", 0), ("Kind", 0), ("Target", 30), ("Type", 0), ("Affects", AffectsWidth), ("Path", 60));
                for (var i = 0; i < findings.Count; i++)
                {
                    var f = findings[i];
                    table.AddRow(Number(i), f.Severity.ToString(), f.Kind.ToString(), f.Target, f.TargetType.ToString(), f.Affects.Abbreviated(AffectsWidth), string.Join(PathSeparator, f.Path));
                }

                table.Write(writer);
                writer.WriteLine();
                writer.WriteLine("Recommendations:");
                for (var i = 0; i < findings.Count; i++)
                {
                    var accepted = findings[i].Suppression is { } s ? $" [{s.Describe()}]" : string.Empty;
                    WriteNumbered(writer, Number(i), VisibleText.ForTerminal($"{findings[i].Id}: {findings[i].Recommendation}{accepted}"));
                }

                writer.WriteLine();
            }

            if (TruckFactorSummary.ReportLine(selection.Report.TruckFactors) is { } truckFactors)
            {
                writer.WriteLine(VisibleText.ForTerminal(truckFactors));
            }

            writer.WriteLine(VisibleText.ForTerminal(ReportSummary.Describe(selection)));
            foreach (var source in selection.Report.Provenance.IncompleteLines)
            {
                writer.WriteLine(VisibleText.ForTerminal("Incomplete inventory: " + source));
            }
        }

        private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

        private static void WriteNumbered(TextWriter writer, string number, string text)
        {
            var label = $"{number,3}. ";
            IReadOnlyList<string> lines = TextWrap.Lines(text, WrapWidth - label.Length);
            for (var i = 0; i < lines.Count; i++)
            {
                writer.WriteLine((i == 0 ? label : new string(' ', label.Length)) + lines[i]);
            }
        }
    }
}
