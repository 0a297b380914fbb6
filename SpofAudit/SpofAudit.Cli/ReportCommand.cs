using System;
using System.CommandLine;
using SpofAudit.Findings;
using SpofAudit.Pipeline;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>spofaudit report FILE...</c>: every finding of the model, filtered by <c>--kind</c> and
    /// <c>--min-severity</c>; exit 1 when a selected finding is at or above <c>--fail-on</c>, for CI gates, and 4 when
    /// nothing is but the inventory is incomplete (unless <c>--allow-incomplete</c>). The steps
    /// are Core's ReportPipeline, the same Get-SpofReport runs; this class only binds options and writes the outcome.
    /// </summary>
    public sealed class ReportCommand
    {
        private static readonly Severity[] Severities = (Severity[])Enum.GetValues(typeof(Severity));
        private static readonly System.Collections.Generic.IReadOnlyList<FindingKind> Kinds = FindingRules.Kinds;

        private readonly CommandRunner _runner;
        private readonly Argument<string[]> _files = CommonSymbols.Files(optional: true);
        private readonly SourceSymbols _sources = new SourceSymbols();
        private readonly Option<ReportFormat> _format = CommonSymbols.ReportFormat();
        private readonly OutputFileSymbols _outputFile = new OutputFileSymbols();
        private readonly Option<bool> _allowIncomplete = CommonSymbols.AllowIncomplete();
        private readonly Option<Severity?> _failOn;
        private readonly Option<FindingKind[]> _kinds;
        private readonly Option<Severity> _minSeverity;
        private readonly DepthSymbols _depth = new DepthSymbols();
        private readonly Option<string?> _baseline = new Option<string?>("--baseline")
        {
            Description = "A JSON report of an earlier run: report and gate only on findings it does not hold, or whose severity rose.",
            HelpName = "OLD.json",
        };

        private readonly Option<string[]> _onCall = new Option<string[]>("--oncall")
        {
            Description = "A PagerDuty (GET /schedules/{id} with since and until) or Opsgenie (GET /v2/schedules/{id}/timeline) schedule export, "
                + "repeatable: its rotation operates the component whose oncall: names it, or that it is named after.",
            HelpName = "FILE",
        };

        private readonly Option<string?> _suppressions = new Option<string?>("--suppressions")
        {
            Description = "Accepted risks (YAML): matching findings are kept but marked and never fail --fail-on; expired or unmatched entries become findings.",
            HelpName = "FILE",
        };

        public ReportCommand(CommandRunner runner)
        {
            _runner = runner;
            var failOnValues = new EnumValues<Severity>("--fail-on", Severities, lowerCase: true);
            _failOn = new Option<Severity?>("--fail-on")
            {
                Description = "Exit with code 1 when a selected finding is at or above this severity.",
                HelpName = failOnValues.HelpName,
                CustomParser = result => failOnValues.ParseOne(result),
            };
            var kindValues = new EnumValues<FindingKind>("--kind", Kinds, lowerCase: false);
            _kinds = new Option<FindingKind[]>("--kind")
            {
                Description = $"Only these kinds of finding, repeated or comma-separated: {kindValues.HelpName.Replace("|", ", ")}.",
                HelpName = "KIND",
                CustomParser = kindValues.ParseMany,
            };
            var minValues = new EnumValues<Severity>("--min-severity", Severities, lowerCase: true);
            _minSeverity = new Option<Severity>("--min-severity")
            {
                Description = "Only findings at or above this severity.",
                HelpName = minValues.HelpName,
                DefaultValueFactory = _ => Severity.Info,
                CustomParser = minValues.ParseOne,
            };
        }

        public Command Build()
        {
            var command = new Command("report", "Find single points of failure, zone, region and personnel risks, degradations and, with --depth 2, double faults.")
            {
                _files, _format, _failOn, _allowIncomplete, _kinds, _minSeverity, _suppressions, _baseline, _onCall,
            };
            _depth.AddTo(command);
            _sources.AddTo(command);

            _outputFile.AddTo(command);
            command.SetAction(parse => _runner.Run(parse, host =>
            {
                // Options first, as before the pipeline: a depth mistake is reported before any source is chosen.
                var request = new ReportRequest
                {
                    Analysis = _depth.Options(parse),
                    AcceptedRisksFile = parse.GetValue(_suppressions),
                    BaselineFile = parse.GetValue(_baseline),
                    Filter = new FindingFilter(parse.GetValue(_kinds), parse.GetValue(_minSeverity)),
                    Format = parse.GetValue(_format),
                    FailOn = parse.GetValue(_failOn),
                    AllowIncomplete = parse.GetValue(_allowIncomplete),
                };
                var source = _sources.Select(parse, parse.GetValue(_files) ?? Array.Empty<string>(), host, parse.GetValue(_onCall));
                var outcome = new ReportPipeline().Run(source.Source, request, source.Host);
                _outputFile.Write(_runner.Context, parse, outcome.Render);
                return GateExit.Of(outcome.Gate, request.FailOn, outcome.Selection.Report.Provenance.IncompleteLines, host);
            }));
            return command;
        }
    }
}
