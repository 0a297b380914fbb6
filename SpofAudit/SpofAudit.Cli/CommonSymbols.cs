using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>The arguments and options several commands share, built fresh per command so none is shared state.</summary>
    public static class CommonSymbols
    {
        /// <param name="optional">True where another source (<c>--aws</c>) may stand in for the files.</param>
        public static Argument<string[]> Files(bool optional = false)
        {
            var files = new Argument<string[]>("FILE")
            {
                Description = "Architecture YAML files (spofaudit/v1), or AWS CLI JSON exports with YAML overlays; several files are merged into one model.",
                Arity = optional ? ArgumentArity.ZeroOrMore : ArgumentArity.OneOrMore,
            };

            // System.CommandLine hands an unknown "--option" to the FILE argument; a misspelt option must be
            // reported as one, not as a missing file. (A file whose name starts with '-' can be given as ./-name.)
            files.Validators.Add(result =>
            {
                var option = result.Tokens.Select(t => t.Value).FirstOrDefault(v => v.Length > 1 && v[0] == '-');
                if (option != null && result.Parent is CommandResult parent)
                {
                    result.AddError($"unknown option '{option}'" + ParseErrorMessage.Suggestion(parent.Command, option));
                }
            });
            return files;
        }

        public static Option<bool> AllowIncomplete() => new Option<bool>("--allow-incomplete")
        {
            Description = "Let --fail-on pass on an incomplete inventory (a denied call, a subscription without access); without it such a run exits 4.",
        };

        public static Option<string?> Output() => new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
            HelpName = "FILE",
        };

        /// <summary>The --format option, offering <paramref name="allowed"/> (every format when omitted).</summary>
        public static Option<ReportFormat> ReportFormat(IReadOnlyList<ReportFormat>? allowed = null)
        {
            var values = new EnumValues<ReportFormat>("--format", allowed ?? (ReportFormat[])Enum.GetValues(typeof(ReportFormat)), lowerCase: true);
            return new Option<ReportFormat>("--format", "-f")
            {
                Description = "Output format.",
                HelpName = values.HelpName,
                DefaultValueFactory = _ => Rendering.ReportFormat.Table,
                CustomParser = values.ParseOne,
            };
        }
    }
}
