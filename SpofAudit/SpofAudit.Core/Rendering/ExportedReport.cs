using System.Collections.Generic;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// The report behind a file written from findings given one by one (Export-SpofReport): with the model they
    /// came from, its name, entrypoints, source files and size head the report even when no finding is left;
    /// without it, only what the findings themselves carry.
    /// </summary>
    public static class ExportedReport
    {
        public static SpofReport Of(IReadOnlyList<Finding> findings, SpofModel? model) =>
            model == null
                ? SpofReport.FromFindings(findings)
                : new SpofReport(model.Name, model.Entrypoints, model.Provenance, model.Components.Count, findings);
    }
}
