using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Rendering
{
    /// <summary>A what-if for a wiki page or pull-request comment: heading, summary, entrypoint table, optionally affected components.</summary>
    public static class ImpactMarkdownWriter
    {
        public static void Write(ImpactReport impact, TextWriter writer, bool includeAffected)
        {
            var failed = string.Join(", ", impact.Failed.Select(f => f.ToString()));
            writer.WriteLine($"# What if {MarkdownText.Escape(failed)} fails: {MarkdownText.Escape(impact.Model)}");
            writer.WriteLine();
            writer.WriteLine(MarkdownText.Escape(ImpactSummary.Describe(impact)));
            writer.WriteLine();
            WriteRecords(writer, "Entrypoint", impact.Entrypoints);
            if (includeAffected && impact.AffectedComponents.Count > 0)
            {
                writer.WriteLine();
                writer.WriteLine("## Affected components");
                writer.WriteLine();
                WriteRecords(writer, "Component", impact.AffectedComponents);
            }
        }

        private static void WriteRecords(TextWriter writer, string firstHeader, IEnumerable<ImpactRecord> records)
        {
            writer.WriteLine(MarkdownText.Header(firstHeader, "Status", "Chain", "Reason"));
            foreach (var r in records)
            {
                writer.WriteLine(MarkdownText.Row(r.Component, r.Status.ToString(), string.Join(" → ", r.Chain), r.Reason));
            }
        }
    }
}
