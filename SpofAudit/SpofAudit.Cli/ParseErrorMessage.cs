using System.CommandLine;
using System.Linq;
using SpofAudit.Diagnostics;

namespace SpofAudit.Cli
{
    /// <summary>
    /// The one line for a command line that did not parse. An unrecognized word is named first, with a
    /// "did you mean" among the commands and options where it was typed, since it usually causes the rest
    /// ("frobnicate" also makes "Required command was not provided").
    /// </summary>
    public static class ParseErrorMessage
    {
        public static string Describe(ParseResult parse)
        {
            if (parse.UnmatchedTokens.Count > 0)
            {
                var token = parse.UnmatchedTokens[0];
                return $"unrecognized command or argument '{token}'" + Suggestion(parse.CommandResult.Command, token);
            }

            return string.Join("; ", parse.Errors.Select(e => e.Message.TrimEnd('.')).Distinct());
        }

        /// <summary>" (did you mean 'report'?)" among the subcommands and options of <paramref name="command"/>, or empty.</summary>
        public static string Suggestion(Command command, string token)
        {
            var names = command.Subcommands.Select(c => c.Name)
                .Concat(command.Options.SelectMany(o => o.Aliases.Append(o.Name)));
            var hint = NameSuggestions.DidYouMean(token, names);
            return hint == null ? string.Empty : $" ({hint})";
        }
    }
}
