using System.Collections.Generic;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Finds every risk of a model: runs each rule of <see cref="FindingRules"/> over one shared
    /// <see cref="RuleContext"/>, which runs each engine pass once, on first need (the order-1 propagation of
    /// <see cref="SinglePointAnalysis"/>, and at depth 2 the double faults), and merges the rules' findings in report
    /// order.
    /// </summary>
    public sealed class SpofAnalyzer
    {
        public SpofReport Analyze(SpofModel model, CancellationToken cancellation = default) => Analyze(model, AnalysisOptions.Default, cancellation);

        public SpofReport Analyze(SpofModel model, AnalysisOptions options, CancellationToken cancellation = default)
        {
            var context = new RuleContext(model, options, cancellation);
            var runs = new List<IReadOnlyList<Finding>>(FindingRules.All.Count);
            foreach (var rule in FindingRules.All)
            {
                var found = rule.Detect(context);
                if (found.Count > 0)
                {
                    runs.Add(found);
                }
            }

            var findings = IncompleteInventoryMark.Attach(model.Provenance, FindingResources.Attach(model, FindingOrder.MergeRuns(runs)));
            return new SpofReport(model.Name, model.Entrypoints, model.Provenance, model.Components.Count, findings, TruckFactors.Of(model, context.TruckFactors));
        }
    }
}
