using System;
using System.Linq;
using System.Management.Automation;
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
        public FindingKind[] Kind { get; set; } = Array.Empty<FindingKind>();

        /// <summary>Keep only findings at or above this severity.</summary>
        [Parameter]
        public Severity MinimumSeverity { get; set; } = Severity.Info;

        /// <summary>An accepted-risk (suppression) YAML file: matching findings are marked, expired or unmatched entries become findings.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? SuppressionPath { get; set; }

        protected override void ProcessModel(SpofModel model)
        {
            var report = Analyze(model);
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
