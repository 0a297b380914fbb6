using System;
using System.Collections.Generic;
using System.Threading;
using SpofAudit.Analysis.DoubleFaults;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Finds every single point of failure, single-zone and single-region risk, personnel dependency and
    /// degradation risk of a model (DESIGN §4, §5) in one near-linear pass; see <see cref="SinglePointAnalysis"/>.
    /// At depth 2 also the double faults, by the same propagation one order further (<see cref="DoubleFaultAnalysis"/>).
    /// </summary>
    public sealed class SpofAnalyzer
    {
        public SpofReport Analyze(SpofModel model, CancellationToken cancellation = default) => Analyze(model, AnalysisOptions.Default, cancellation);

        public SpofReport Analyze(SpofModel model, AnalysisOptions options, CancellationToken cancellation = default)
        {
            var componentIndex = model.ComponentIndex;
            var graph = FailureGraph.Build(model);
            var events = new EventCatalog(model);
            var analysis = SinglePointAnalysis.Run(model, graph, events, cancellation);
            var findings = FindingAssembler.Assemble(model, analysis, componentIndex);
            findings = CapacityAnalysis.Reclassify(model, analysis, componentIndex, findings, cancellation);
            var reach = new EntrypointReach(model, graph, componentIndex);
            var deeper = QuorumAnalysis.Find(model, reach);
            deeper.AddRange(FailoverAnalysis.Find(model, analysis, componentIndex, reach, cancellation));
            if (options.Depth >= 2)
            {
                deeper.AddRange(DoubleFaultFinder.Find(model, graph, componentIndex, options.Top, cancellation));
            }

            if (deeper.Count > 0)
            {
                findings = FindingOrder.Merge(findings, deeper);
            }

            return new SpofReport(model.Name, model.Entrypoints, model.Provenance, model.Components.Count, FindingResources.Attach(model, findings));
        }
    }
}
