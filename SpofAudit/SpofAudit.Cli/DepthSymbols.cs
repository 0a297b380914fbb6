using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
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
            _depth.CustomParser = result => Whole(result, "--depth", 1, AnalysisOptions.MaxDepth, "1 or 2") ?? 1;
            _top.CustomParser = result => Whole(result, "--top", 1, int.MaxValue, "a whole number of at least 1");
        }

        /// <summary>The option's one value as a whole number in range; otherwise a parse error (one line, exit 2).</summary>
        private static int? Whole(ArgumentResult result, string option, int min, int max, string expected)
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError($"{option} must be {expected}, not '{token}'");
            return null;
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
