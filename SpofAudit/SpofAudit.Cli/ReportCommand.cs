using System;
using System.CommandLine;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>spofaudit report FILE...</c>: every finding of the model, filtered by <c>--kind</c> and
    /// <c>--min-severity</c>; exit 1 when a selected finding is at or above <c>--fail-on</c>, for CI gates.
    /// </summary>
    public sealed class ReportCommand
    {
        private static readonly Severity[] Severities = (Severity[])Enum.GetValues(typeof(Severity));
        private static readonly System.Collections.Generic.IReadOnlyList<FindingKind> Kinds = FindingRules.Kinds;

        private readonly CommandRunner _runner;
        private readonly Argument<string[]> _files = CommonSymbols.Files(optional: true);
        private readonly AwsSymbols _aws = new AwsSymbols();
        private readonly Option<ReportFormat> _format = CommonSymbols.ReportFormat();
        private readonly Option<string?> _output = CommonSymbols.Output();
        private readonly Option<Severity?> _failOn;
        private readonly Option<FindingKind[]> _kinds;
        private readonly Option<Severity> _minSeverity;
        private readonly AzureSymbols _azure = new AzureSymbols();
        private readonly DepthSymbols _depth = new DepthSymbols();
        private readonly Option<string?> _baseline = new Option<string?>("--baseline")
        {
            Description = "A JSON report of an earlier run: report and gate only on findings it does not hold, or whose severity rose.",
            HelpName = "OLD.json",
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
                _files, _format, _failOn, _kinds, _minSeverity, _output, _suppressions, _baseline,
            };
            _depth.AddTo(command);
            _aws.AddTo(command);
            foreach (var option in _azure.All)
            {
                command.Options.Add(option);
            }

            command.SetAction(parse => _runner.Run(parse, host =>
            {
                var files = parse.GetValue(_files) ?? Array.Empty<string>();
                var analysis = _depth.Options(parse);
                SpofAudit.Model.SpofModel model;
                if (_azure.Requested(parse))
                {
                    if (_aws.Requested(parse))
                    {
                        throw new CliUsageException("give --aws or --azure, not both: audit one cloud at a time and merge the reports");
                    }

                    // With --azure the files are optional overlays.
                    model = _azure.Load(parse, files, host);
                }
                else
                {
                    _azure.CheckUnused(parse);
                    model = _aws.LoadModel(parse, files, host);
                }

                var report = new SpofAnalyzer().Analyze(model, analysis, host.CancellationToken);
                if (parse.GetValue(_suppressions) is { } suppressionFile)
                {
                    host.WriteVerbose($"applying accepted risks from {suppressionFile}");
                    report = AcceptedRisks.Apply(report, SuppressionFileReader.Load(suppressionFile), DateTime.Today);
                }

                var filter = new FindingFilter(parse.GetValue(_kinds), parse.GetValue(_minSeverity));
                var inBaseline = 0;
                if (parse.GetValue(_baseline) is { } baselineFile)
                {
                    host.WriteVerbose($"comparing with the baseline {baselineFile}");
                    var fresh = ReportComparer.NotInBaseline(report.Findings, ReportJsonReader.Load(baselineFile).Findings);
                    inBaseline = report.Findings.Count - fresh.Count;
                    report = new SpofReport(report.Model, report.Entrypoints, report.Sources, report.ComponentCount, fresh);
                }

                var selection = new ReportSelection(report, filter, inBaseline);
                var format = parse.GetValue(_format);
                var failOn = parse.GetValue(_failOn);
                var options = new ReportOptions(DateTimeOffset.Now, failOn, model);
                OutputTarget.Write(_runner.Context, parse.GetValue(_output), writer => ReportRenderer.Write(selection, format, writer, options));
                return failOn.HasValue && selection.HasAtOrAbove(failOn.Value) ? ExitCodes.FindingsAtThreshold : ExitCodes.Success;
            }));
            return command;
        }
    }
}
