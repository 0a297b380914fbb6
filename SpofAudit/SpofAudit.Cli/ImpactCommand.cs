using System;
using System.CommandLine;
using SpofAudit.Analysis;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>spofaudit impact FILE... --fail a,b</c> (or <c>--aws</c> / <c>--azure</c>): what-if. Each entrypoint Up, Degraded or Down, with the
    /// dependency chain and root cause; <c>--all</c> also lists every affected component.
    /// </summary>
    public sealed class ImpactCommand
    {
        private readonly CommandRunner _runner;
        private readonly Argument<string[]> _files = CommonSymbols.Files(optional: true);
        private readonly SourceSymbols _sources = new SourceSymbols();
        private readonly Option<ReportFormat> _format = CommonSymbols.ReportFormat(ReportRenderer.ImpactFormats);
        private readonly OutputFileSymbols _outputFile = new OutputFileSymbols();
        private readonly Option<string[]> _fail = new Option<string[]>("--fail")
        {
            Description = "What fails: components, instances, zones, regions, domains, people or teams, comma-separated; "
                + "prefix with kind: (zone:us-east-1a) when a name is ambiguous.",
            HelpName = "NAME,...",
            Required = true,
        };

        private readonly Option<bool> _all = new Option<bool>("--all")
        {
            Description = "Also list every affected component, not only the entrypoints.",
        };

        public ImpactCommand(CommandRunner runner)
        {
            _runner = runner;
        }

        public Command Build()
        {
            var command = new Command("impact", "What-if: fail the named things and show which entrypoints go down or degrade, and why.")
            {
                _files, _fail, _format, _all,
            };
            _sources.AddTo(command);
            _outputFile.AddTo(command);
            command.SetAction(parse => _runner.Run(parse, host =>
            {
                var model = _sources.Select(parse, parse.GetValue(_files) ?? Array.Empty<string>(), host).Read();
                var failures = ListValues.Split(parse.GetRequiredValue(_fail));
                var impact = new ImpactAnalyzer().Run(model, failures, _fail.Name);
                var format = parse.GetValue(_format);
                var all = parse.GetValue(_all);
                _outputFile.Write(_runner.Context, parse, writer => ReportRenderer.Write(impact, format, writer, all));
                return ExitCodes.Success;
            }));
            return command;
        }
    }
}
