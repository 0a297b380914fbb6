using System;
using System.Collections.Generic;
using System.CommandLine.Parsing;
using System.Linq;
using SpofAudit.Diagnostics;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Reads option values of a closed set (an enum, or the registered finding kinds) case-insensitively, by their names, with the allowed values and a "did you mean" in the
    /// error, instead of System.CommandLine's "Cannot parse argument ... as expected type" with a CLR type name.
    /// </summary>
    public sealed class EnumValues<T>
        where T : notnull
    {
        private readonly string _option;
        private readonly IReadOnlyList<T> _allowed;
        private readonly bool _lowerCase;

        /// <summary>Values of <paramref name="option"/>; <paramref name="lowerCase"/> shows them as <c>json</c> rather than <c>Json</c>.</summary>
        public EnumValues(string option, IReadOnlyList<T> allowed, bool lowerCase)
        {
            _option = option;
            _allowed = allowed;
            _lowerCase = lowerCase;
        }

        /// <summary>How the values appear in help: <c>low|medium|high</c>.</summary>
        public string HelpName => string.Join("|", _allowed.Select(Display));

        /// <summary>The last value given for the option (a repeated single-valued option: the last one wins).</summary>
        public T ParseOne(ArgumentResult result)
        {
            var token = result.Tokens.Count == 0 ? string.Empty : result.Tokens[result.Tokens.Count - 1].Value;
            if (TryParse(token, out var value))
            {
                return value;
            }

            Fail(result, token);
            return default!;
        }

        /// <summary>Every value given, repeated (<c>--kind A --kind B</c>) or comma-separated (<c>--kind A,B</c>).</summary>
        public T[] ParseMany(ArgumentResult result)
        {
            var values = new List<T>();
            foreach (var item in ListValues.Split(result.Tokens.Select(t => t.Value)))
            {
                if (!TryParse(item, out var value))
                {
                    Fail(result, item);
                    return Array.Empty<T>();
                }

                values.Add(value);
            }

            return values.Distinct().ToArray();
        }

        private string Display(T value) => _lowerCase ? Name(value).ToLowerInvariant() : Name(value);

        private static string Name(T value) => value.ToString() ?? string.Empty;

        private bool TryParse(string text, out T value)
        {
            // Names only: Enum.TryParse would also accept "1" or "-3", which a user never means.
            var matches = _allowed.Where(v => string.Equals(Name(v), text.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
            value = matches.FirstOrDefault()!;
            return matches.Length == 1;
        }

        private void Fail(ArgumentResult result, string token)
        {
            var names = _allowed.Select(Display).ToArray();
            var suggestion = NameSuggestions.DidYouMean(token, names);
            result.AddError(
                $"{_option}: unknown value '{token}': expected {string.Join(", ", names)}"
                + (suggestion == null ? string.Empty : $" ({suggestion})"));
        }
    }
}
