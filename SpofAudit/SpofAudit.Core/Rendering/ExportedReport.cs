using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// The report behind a file written from findings given one by one (Export-SpofReport): with the model they
    /// came from, its name, entrypoints, source files and size head the report even when no finding is left, and its
    /// entrypoints' truck factors end it;
    /// without it, only what the findings themselves carry, including the incomplete-inventory mark of a partial read
    /// (<see cref="Finding.IncompleteInventory"/>), so that report too says what could not be read.
    /// </summary>
    public static class ExportedReport
    {
        public static SpofReport Of(IReadOnlyList<Finding> findings, SpofModel? model)
        {
            if (model != null)
            {
                return new SpofReport(model.Name, model.Entrypoints, model.Provenance, model.Components.Count, findings, TruckFactors.Of(model));
            }

            var partial = findings.Where(f => f.IncompleteInventory != null).Select(f => f.IncompleteInventory!).ToArray();
            if (partial.Length == 0)
            {
                return SpofReport.FromFindings(findings);
            }

            // The files of findings from complete reads are named beside the partial reads' sources, as FromFindings names them.
            var files = findings.Where(f => f.IncompleteInventory == null && f.Location != null).Select(f => f.Location!.File).Distinct(StringComparer.Ordinal);
            return SpofReport.FromFindings(findings, null, ModelProvenance.Merge(partial, files));
        }
    }
}
