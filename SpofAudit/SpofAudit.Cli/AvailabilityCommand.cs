using System;
using System.CommandLine;
using SpofAudit.Analysis.Availability;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>spofaudit availability FILE...|--aws|--azure [--assume instance=0.999,...]</c>: the probability each entrypoint is up, the
    /// method that computed it, the most important events and the single change that buys the most nines.
    /// </summary>
    public sealed class AvailabilityCommand
    {
        private readonly CommandRunner _runner;
        private readonly Argument<string[]> _files = CommonSymbols.Files(optional: true);
        private readonly SourceSymbols _sources = new SourceSymbols();
        private readonly Option<ReportFormat> _format = CommonSymbols.ReportFormat(AvailabilityRenderer.Formats);
        private readonly OutputFileSymbols _outputFile = new OutputFileSymbols();
        private readonly Option<string?> _assume = new Option<string?>("--assume")
        {
            Description = "Availabilities to assume where the model gives none, comma-separated KEY=VALUE: instance, zone, region, domain, failover "
                + $"(defaults: {AvailabilityAssumptions.Default}).",
            HelpName = "KEY=VALUE,...",
        };

        public AvailabilityCommand(CommandRunner runner)
        {
            _runner = runner;
        }

        public Command Build()
        {
            var command = new Command("availability", "Probability each entrypoint is up, which events matter most, and the one change that buys the most nines.")
            {
                _files, _assume, _format,
            };
            _sources.AddTo(command);
            _outputFile.AddTo(command);
            command.SetAction(parse => _runner.Run(parse, host =>
            {
                // Assumptions first: a typo there is reported before any file is read.
                var assumptions = AvailabilityAssumptions.Parse(parse.GetValue(_assume), "--assume");
                var model = _sources.Select(parse, parse.GetValue(_files) ?? Array.Empty<string>(), host).Read();
                var results = new AvailabilityAnalyzer(assumptions).Analyze(model, host.CancellationToken);
                var format = parse.GetValue(_format);
                _outputFile.Write(_runner.Context, parse, writer => AvailabilityRenderer.Write(model.Name, assumptions, results, format, writer));
                return ExitCodes.Success;
            }));
            return command;
        }
    }
}
