using System;
using System.Linq;
using System.Management.Automation;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Analyses a model and writes each Finding (not a report wrapper) so findings filter, sort and
    /// group with ordinary pipeline cmdlets.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpofReport", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(Finding))]
    public sealed class GetSpofReportCommand : ModelInputCommand
    {
        /// <summary>Keep only these kinds of finding; all kinds when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FindingKindCompleter))]
        public FindingKind[] Kind { get; set; } = Array.Empty<FindingKind>();

        /// <summary>Keep only findings at or above this severity.</summary>
        [Parameter]
        public Severity MinimumSeverity { get; set; } = Severity.Info;

        /// <summary>1: single failures (default). 2: also DoubleFault findings, pairs of failures that together take an entrypoint down.</summary>
        [Parameter]
        [ValidateRange(1, AnalysisOptions.MaxDepth)]
        public int Depth { get; set; } = 1;

        /// <summary>With -Depth 2: only the N likeliest double faults.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Top { get; set; }

        protected override void BeginProcessing()
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Top)) && Depth < 2)
            {
                ThrowTerminatingError(InputErrorRecords.Create(
                    ErrorIds.TopRequiresDepth2, ErrorCategory.InvalidArgument, Top, "-Top ranks double faults, which only -Depth 2 finds: add -Depth 2."));
            }

            base.BeginProcessing();
        }

        /// <summary>An accepted-risk (suppression) YAML file: matching findings are marked, expired or unmatched entries become findings.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SuppressionPath { get; set; }

        protected override void ProcessModel(SpofModel model)
        {
            var report = Analyze(model, new AnalysisOptions(Depth, MyInvocation.BoundParameters.ContainsKey(nameof(Top)) ? Top : (int?)null));
            if (SuppressionPath != null)
            {
                var suppressions = LoadSuppressions(SuppressionPath);
                if (suppressions == null)
                {
                    return;
                }

                report = AcceptedRisks.Apply(report, suppressions, DateTime.Today);
            }

            var filter = new FindingFilter(Kind, MinimumSeverity);
            var selected = filter.Apply(report.Findings).ToArray();
            EngineHost.WriteVerbose($"Model '{model.Name}': {report.Findings.Count} findings, {selected.Length} selected.");
            foreach (var finding in selected)
            {
                WriteObject(finding);
            }
        }
    }
}
