using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Pipeline;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Analyses a model and writes each Finding (not a report wrapper) so findings filter, sort and
    /// group with ordinary pipeline cmdlets. A partial read ends in the terminating error IncompleteInventory
    /// unless -AllowIncomplete, so a gate never passes on what was not read; likewise a depth-2 pass that stopped at its bounds.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpofReport", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(Finding))]
    public sealed class GetSpofReportCommand : ModelInputCommand
    {
        /// <summary>
        /// Backstage catalogs (catalog-info.yaml; wildcards allowed) whose owners join the components of the same name,
        /// with the catalog line as evidence. A catalog given as -Path is itself the model.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.Path)]
        [Parameter(ParameterSetName = ParameterSets.LiteralPath)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Catalog { get; set; } = Array.Empty<string>();

        protected override IReadOnlyList<string> CatalogPaths => Catalog;

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

        /// <summary>
        /// A JSON report of an earlier run (Export-SpofReport -Format Json, spofaudit report --format json): write only
        /// the findings it does not hold, those whose severity rose, and those it had accepted that are accepted no longer.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Baseline { get; set; }

        /// <summary>
        /// PagerDuty (GET /schedules/{id} with since and until) or Opsgenie (GET /v2/schedules/{id}/timeline) schedule
        /// exports: each rotation operates the component whose <c>oncall:</c> names it, or that it is named after.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.Path)]
        [Parameter(ParameterSetName = ParameterSets.LiteralPath)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] OnCallSchedule { get; set; } = Array.Empty<string>();

        /// <inheritdoc/>
        protected override IReadOnlyList<string> OnCallExportPaths => OnCallSchedule;

        /// <summary>
        /// Accept an incomplete inventory (a denied call, a subscription without access): without it, a partial read
        /// writes its findings and then stops with the terminating error IncompleteInventory, so a gate fails.
        /// </summary>
        [Parameter]
        public SwitchParameter AllowIncomplete { get; set; }

        protected override void ProcessModel(SpofModel model)
        {
            // Both paths first, so each bad one gets its error before anything is analysed.
            var acceptedRisks = SuppressionPath == null ? null : ResolveSingleFile(SuppressionPath, "suppression file");
            var baseline = Baseline == null ? null : ResolveSingleFile(Baseline, "baseline report");
            if ((SuppressionPath != null && acceptedRisks == null) || (Baseline != null && baseline == null))
            {
                return;
            }

            var request = new ReportRequest
            {
                Analysis = new AnalysisOptions(Depth, MyInvocation.BoundParameters.ContainsKey(nameof(Top)) ? Top : (int?)null),
                AcceptedRisksFile = acceptedRisks,
                BaselineFile = baseline,
                Filter = new FindingFilter(Kind, MinimumSeverity),
            };

            // The same pipeline as spofaudit report; its rendering step is the findings written as objects.
            var outcome = RunCore(() => new ReportPipeline().Run(model, request, EngineHost), diagnostic => diagnostic.Location.File);
            if (outcome == null)
            {
                return;
            }

            var analysed = outcome.Selection.Report.Findings.Count + outcome.InBaseline;
            EngineHost.WriteVerbose($"Model '{model.Name}': {analysed} findings, {outcome.InBaseline} in the baseline, {outcome.Findings.Count} selected.");
            foreach (var finding in outcome.Findings)
            {
                WriteObject(finding);
            }

            // After the findings, so a script that accepts the error still has them; terminating, so a Pester gate fails.
            if (model.Provenance.IsIncomplete && !AllowIncomplete)
            {
                ThrowTerminatingError(InputErrorRecords.Create(
                    ErrorIds.IncompleteInventory,
                    ErrorCategory.ReadError,
                    model.Name,
                    $"The inventory of '{model.Name}' is incomplete ({string.Join("; ", model.Provenance.IncompleteLines)}): findings in the part not read are missing. Make that part readable (grant the access, fix the path), or add -AllowIncomplete to accept a partial read."));
            }

            var report = outcome.Selection.Report;
            if (report.Provenance.IsIncomplete && !AllowIncomplete)
            {
                // A step of the analysis stopped (depth 2 past its bounds): as a partial read, a gate must not pass on it.
                ThrowTerminatingError(InputErrorRecords.Create(
                    ErrorIds.IncompleteInventory,
                    ErrorCategory.LimitsExceeded,
                    model.Name,
                    $"The report of '{model.Name}' is incomplete ({string.Join("; ", report.Provenance.IncompleteLines)}). Add -Top N to rank the likeliest double faults, or -AllowIncomplete to accept the report as it is."));
            }
        }
    }
}
