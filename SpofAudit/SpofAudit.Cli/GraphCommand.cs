using System;
using System.CommandLine;
using SpofAudit.Analysis;
using SpofAudit.Export;
using SpofAudit.Findings;

namespace SpofAudit.Cli
{
    /// <summary><c>spofaudit graph FILE...|--aws|--azure --format mermaid|dot|openpsa</c>: the model as a diagram or fault tree, SPOFs marked.</summary>
    public sealed class GraphCommand
    {
        private readonly CommandRunner _runner;
        private readonly Argument<string[]> _files = CommonSymbols.Files(optional: true);
        private readonly SourceSymbols _sources = new SourceSymbols();
        private readonly OutputFileSymbols _outputFile = new OutputFileSymbols();
        private readonly Option<GraphFormat> _format;

        public GraphCommand(CommandRunner runner)
        {
            _runner = runner;
            var values = new EnumValues<GraphFormat>("--format", (GraphFormat[])Enum.GetValues(typeof(GraphFormat)), lowerCase: true);
            _format = new Option<GraphFormat>("--format", "-f")
            {
                Description = "Mermaid or Graphviz DOT diagram, or an Open-PSA MEF fault tree.",
                HelpName = values.HelpName,
                Required = true,
                CustomParser = values.ParseOne,
            };
        }

        public Command Build()
        {
            var command = new Command("graph", "Export the model as Mermaid, DOT or Open-PSA, with single points of failure marked.")
            {
                _files, _format,
            };
            _sources.AddTo(command);
            _outputFile.AddTo(command);
            command.SetAction(parse => _runner.Run(parse, host =>
            {
                var model = _sources.Select(parse, parse.GetValue(_files) ?? Array.Empty<string>(), host).Read();
                var report = new SpofAnalyzer().Analyze(model, host.CancellationToken);
                var format = parse.GetValue(_format);
                _outputFile.Write(_runner.Context, parse, writer => GraphExporter.Write(model, report, format, writer));
                return ExitCodes.Success;
            }));
            return command;
        }
    }
}
