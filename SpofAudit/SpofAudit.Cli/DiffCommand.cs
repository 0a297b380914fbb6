using System;
using System.CommandLine;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Pipeline;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>spofaudit diff OLD.json NEW.json</c>: what changed between two JSON reports, finding by finding
    /// (new, changed, resolved) and entrypoint by entrypoint (truck factors); exit 1 when a new or worsened finding, or a
    /// fallen truck factor, is at or above <c>--fail-on</c>, 4 when none is
    /// but NEW came from an incomplete inventory (unless <c>--allow-incomplete</c>).
    /// </summary>
    public sealed class DiffCommand
    {
        private static readonly Severity[] Severities = (Severity[])Enum.GetValues(typeof(Severity));

        private readonly CommandRunner _runner;
        private readonly Argument<string> _reference = new Argument<string>("OLD") { Description = "The earlier JSON report (spofaudit report --format json)." };
        private readonly Argument<string> _difference = new Argument<string>("NEW") { Description = "The later JSON report." };
        private readonly Option<ReportFormat> _format = CommonSymbols.ReportFormat(ReportDiffWriter.Formats);
        private readonly OutputFileSymbols _outputFile = new OutputFileSymbols();
        private readonly Option<bool> _allowIncomplete = CommonSymbols.AllowIncomplete();
        private readonly Option<Severity?> _failOn;

        public DiffCommand(CommandRunner runner)
        {
            _runner = runner;
            var values = new EnumValues<Severity>("--fail-on", Severities, lowerCase: true);
            _failOn = new Option<Severity?>("--fail-on")
            {
                Description = "Exit with code 1 when a new finding, one whose severity rose, or a fallen truck factor is at or above this severity.",
                HelpName = values.HelpName,
                CustomParser = result => values.ParseOne(result),
            };
        }

        public Command Build()
        {
            var command = new Command("diff", "Compare two JSON reports: new, changed and resolved findings.")
            {
                _reference, _difference, _format, _failOn, _allowIncomplete,
            };
            _outputFile.AddTo(command);
            command.SetAction(parse => _runner.Run(parse, host =>
            {
                var referencePath = parse.GetRequiredValue(_reference);
                var differencePath = parse.GetRequiredValue(_difference);
                var reference = ReportJsonReader.Load(referencePath);
                var difference = ReportJsonReader.Load(differencePath);
                var changes = ReportComparer.Compare(reference.Findings, difference.Findings);
                var truckFactors = TruckFactorComparer.Compare(reference, difference);
                var format = parse.GetValue(_format);
                _outputFile.Write(_runner.Context, parse, writer => ReportDiffWriter.Write(changes, truckFactors, referencePath, differencePath, format, writer, reference.Provenance, difference.Provenance));
                var failOn = parse.GetValue(_failOn);
                var gate = !failOn.HasValue ? GateVerdict.NotRequested
                    : changes.Any(c => ReportComparer.IsRegression(c, failOn.Value)) || truckFactors.Any(t => TruckFactorComparer.IsRegression(t, failOn.Value)) ? GateVerdict.Failed
                    : difference.Provenance.IsIncomplete && !parse.GetValue(_allowIncomplete) ? GateVerdict.Incomplete
                    : GateVerdict.Passed;
                return GateExit.Of(gate, failOn, difference.Provenance.IncompleteLines, host);
            }));
            return command;
        }
    }
}
