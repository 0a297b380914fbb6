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
    public sealed partial class GetSpofReportCommand : ModelInputCommand
    {
        /// <summary>Keep only these kinds of finding; all kinds when omitted.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
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

        /// <summary>Read the model from a live AWS account (read-only Describe/List/Get calls).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Aws)]
        public SwitchParameter Aws { get; set; }

        /// <summary>AWS regions to read; default: the region of the SDK's chain (AWS_REGION, the profile).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string[] Region { get; set; } = Array.Empty<string>();

        /// <summary>A profile of the shared AWS config and credentials files.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>A role to assume with STS before reading.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every AWS service (emulators, tests); default: AWS_ENDPOINT_URL, else AWS's own.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered (AWS or Azure) model (entrypoints, dependsOn, owners).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] OverlayPath { get; set; } = Array.Empty<string>();

        protected override SpofModel? LoadFromAws()
        {
            var options = AwsParameterValues.ToOptions(this, Region, ProfileName, RoleArn, EndpointUrl, OverlayPath);
            return options == null ? null : LoadAwsModel(options);
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
