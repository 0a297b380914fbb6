using System.CommandLine;
using SpofAudit.Analysis;

namespace SpofAudit.Cli
{
    /// <summary><c>--depth 1|2</c> and <c>--top N</c> of <c>spofaudit report</c>, and the analysis options they make.</summary>
    public sealed class DepthSymbols
    {
        private readonly Option<int> _depth = new Option<int>("--depth")
        {
            Description = "1: single failures (default). 2: also double faults, the pairs of failures that together take an entrypoint down.",
            HelpName = "1|2",
            DefaultValueFactory = _ => 1,
        };

        private readonly Option<int?> _top = new Option<int?>("--top")
        {
            Description = "With --depth 2: only the N likeliest double faults.",
            HelpName = "N",
        };

        public DepthSymbols()
        {
            _depth.Validators.Add(result =>
            {
                var depth = result.GetValueOrDefault<int>();
                if (depth < 1 || depth > AnalysisOptions.MaxDepth)
                {
                    result.AddError($"--depth must be 1 or 2, not {depth}");
                }
            });
            _top.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int?>() is { } top && top < 1)
                {
                    result.AddError($"--top must be at least 1, not {top}");
                }
            });
        }

        public void AddTo(Command command)
        {
            command.Options.Add(_depth);
            command.Options.Add(_top);
        }

        public AnalysisOptions Options(ParseResult parse)
        {
            var depth = parse.GetValue(_depth);
            var top = parse.GetValue(_top);
            if (top.HasValue && depth < 2)
            {
                throw new CliUsageException("--top ranks double faults: give it with --depth 2");
            }

            return new AnalysisOptions(depth, top);
        }
    }
}
