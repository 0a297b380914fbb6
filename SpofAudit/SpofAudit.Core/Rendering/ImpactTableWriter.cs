using SpofAudit.Diagnostics;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A what-if for a terminal: what failed, every entrypoint with its status, the chain that explains it
    /// and the root cause; optionally every affected component; the summary line last. Names are shown through
    /// <see cref="VisibleText.ForTerminal"/>: an escape sequence in a name is printed, never obeyed.
    /// </summary>
    public static class ImpactTableWriter
    {
        public static void Write(ImpactReport impact, TextWriter writer, bool includeAffected)
        {
            writer.WriteLine(VisibleText.ForTerminal("Failed: " + string.Join(", ", impact.Failed.Select(f => f.ToString()))));
            writer.WriteLine();
            WriteRecords(writer, "Entrypoint", impact.Entrypoints);
            if (includeAffected)
            {
                writer.WriteLine();
                writer.WriteLine("Affected components:");
                if (impact.AffectedComponents.Count == 0)
                {
                    writer.WriteLine("  none");
                }
                else
                {
                    WriteRecords(writer, "Component", impact.AffectedComponents);
                }
            }

            writer.WriteLine();
            writer.WriteLine(VisibleText.ForTerminal(ImpactSummary.Describe(impact)));
        }

        private static void WriteRecords(TextWriter writer, string firstHeader, IEnumerable<ImpactRecord> records)
        {
            var table = new TextTable((firstHeader, 30), ("Status", 0), ("Chain", 60), ("Reason", 0));
            foreach (var r in records)
            {
                table.AddRow(r.Component, r.Status.ToString(), string.Join(ReportTableWriter.PathSeparator, r.Chain), r.Reason);
            }

            table.Write(writer);
        }
    }
}
