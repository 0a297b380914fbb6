using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Sourcing;

namespace SpofAudit.Pipeline
{
    /// <summary>
    /// The one way a report is made, whichever face asks: read the model (from a source, or one the face already
    /// holds) -> analyse -> accepted risks -> baseline -> filter -> gate; <see cref="ReportOutcome.Render"/> renders.
    /// The CLI's <c>report</c> and <c>Get-SpofReport</c> both call it, so a step added here reaches both.
    /// </summary>
    public sealed class ReportPipeline
    {
        private readonly SpofAnalyzer _analyzer = new SpofAnalyzer();

        /// <summary>Reads the model from <paramref name="source"/>, then runs every step on it.</summary>
        /// <exception cref="Diagnostics.SpofInputException">A bad input file (model, accepted risks, baseline).</exception>
        /// <exception cref="SourceFailureException">A live source could not be read.</exception>
        public ReportOutcome Run(IModelSource source, ReportRequest request, ISpofHost host)
        {
            if (source == null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            var model = source.ReadAsync(host, host.CancellationToken).GetAwaiter().GetResult();
            return Run(model, request, host);
        }

        /// <summary>Runs every step on a model the face already holds (a piped Get-SpofModel result).</summary>
        /// <exception cref="Diagnostics.SpofInputException">A bad accepted-risk or baseline file.</exception>
        public ReportOutcome Run(SpofModel model, ReportRequest request, ISpofHost host)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            var report = _analyzer.Analyze(model, request.Analysis, host.CancellationToken);
            foreach (var part in report.Provenance.Unread)
            {
                if (part.Source.Kind == InventorySourceKind.Analysis)
                {
                    // The read warned of its own unread parts as it met them; a step of the analysis that stopped says so here.
                    host.WriteWarning(part.Description);
                }
            }
            if (TruckFactorSummary.Describe(report.TruckFactors) is { } truckFactors)
            {
                host.WriteVerbose(truckFactors);
            }

            report = ApplyAcceptedRisks(report, request, host);
            var inBaseline = 0;
            var fallen = new List<TruckFactorChange>();
            if (request.BaselineFile != null)
            {
                host.WriteVerbose($"comparing with the baseline {request.BaselineFile}");
                var baseline = ReportJsonReader.Load(request.BaselineFile);
                foreach (var line in baseline.Provenance.IncompleteLines)
                {
                    // A finding missing from a partial baseline shows as new although it may only have been unread then.
                    host.WriteWarning($"the baseline {request.BaselineFile} came from an incomplete inventory: {line}");
                }

                foreach (var change in TruckFactorComparer.Compare(baseline, report))
                {
                    if (change.Fell)
                    {
                        // No finding need be new for fewer people to stand between an entrypoint and an outage.
                        host.WriteWarning($"since the baseline {request.BaselineFile}: {ReportDiffWriter.Describe(change)}");
                        fallen.Add(change);
                    }
                }

                var fresh = ReportComparer.NotInBaseline(report.Findings, baseline.Findings);
                inBaseline = report.Findings.Count - fresh.Count;
                report = report.WithFindings(fresh);
            }

            var selection = new ReportSelection(report, request.Filter, inBaseline);
            return new ReportOutcome(model, selection, request, GateOf(selection, request, fallen, model.Provenance.IsIncomplete || report.Provenance.IsIncomplete));
        }

        private static SpofReport ApplyAcceptedRisks(SpofReport report, ReportRequest request, ISpofHost host)
        {
            if (request.AcceptedRisksFile == null)
            {
                return report;
            }

            host.WriteVerbose($"applying accepted risks from {request.AcceptedRisksFile}");
            return AcceptedRisks.Apply(report, SuppressionFileReader.Load(request.AcceptedRisksFile), request.Today);
        }

        // A finding at the threshold fails whatever else is true; only a gate that would pass asks whether all was read.
        // A truck factor that fell since the baseline fails as a new finding of its kind would, if the selection takes that kind.
        private static GateVerdict GateOf(ReportSelection selection, ReportRequest request, IReadOnlyList<TruckFactorChange> fallen, bool incomplete)
        {
            if (!(request.FailOn is { } threshold))
            {
                return GateVerdict.NotRequested;
            }

            if (selection.HasAtOrAbove(threshold))
            {
                return GateVerdict.Failed;
            }

            foreach (var change in fallen)
            {
                if (TruckFactorComparer.IsRegression(change, threshold) && Selects(request.Filter, change))
                {
                    return GateVerdict.Failed;
                }
            }

            return incomplete && !request.AllowIncomplete ? GateVerdict.Incomplete : GateVerdict.Passed;
        }

        private static bool Selects(FindingFilter filter, TruckFactorChange change) =>
            change.Severity >= filter.MinimumSeverity && (filter.Kinds == null || (TruckFactorComparer.KindOf(change) is { } kind && filter.Kinds.Contains(kind)));
    }
}
