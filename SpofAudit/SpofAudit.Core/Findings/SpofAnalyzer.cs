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

            var provenance = WithUnfinishedSteps(model, context.Unfinished);
            var findings = IncompleteInventoryMark.Attach(provenance, FindingResources.Attach(model, FindingOrder.MergeRuns(runs)));
            return new SpofReport(model.Name, model.Entrypoints, provenance, model.Components.Count, findings, TruckFactors.Of(model, context.TruckFactors));
        }

        /// <summary>
        /// The model's provenance, plus, when a step of the analysis stopped before its end, the analysis as one more
        /// source whose unread parts say what the report does not cover: every format and gate then treats the report as
        /// incomplete, as it does a partial read.
        /// </summary>
        private static ModelProvenance WithUnfinishedSteps(SpofModel model, IReadOnlyList<(string Part, string Reason, string Description)> unfinished)
        {
            if (unfinished.Count == 0)
            {
                return model.Provenance;
            }

            var analysis = new InventorySource(InventorySourceKind.Analysis, $"analysis of {model.Name}");
            var sources = new List<InventorySource>(model.Provenance.Sources) { analysis };
            var unread = new List<UnreadPart>(model.Provenance.Unread);
            foreach (var (part, reason, description) in unfinished)
            {
                unread.Add(new UnreadPart(analysis, model.Name, part, reason, description));
            }

            return new ModelProvenance(sources, unread);
        }
    }
}
