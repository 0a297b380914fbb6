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
    public sealed partial class GetSpofReportCommand : ModelInputCommand
    {
        /// <summary>Keep only these kinds of finding; all kinds when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public FindingKind[] Kind { get; set; } = Array.Empty<FindingKind>();

        /// <summary>Keep only findings at or above this severity.</summary>
        [Parameter]
        public Severity MinimumSeverity { get; set; } = Severity.Info;

        protected override void ProcessModel(SpofModel model)
        {
            var report = Analyze(model);
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
