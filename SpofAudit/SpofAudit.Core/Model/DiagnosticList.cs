using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Collects diagnostics so a user sees every mistake at once, and bounds the cost of "did you mean":
    /// a suggestion compares against every known name, so with 200,000 components and thousands of typos
    /// it would be quadratic. Only the first <see cref="MaxSuggestions"/> unknown names get one.
    /// </summary>
    internal sealed class DiagnosticList
    {
        public const int MaxSuggestions = 100;

        private readonly List<SpofDiagnostic> _items = new List<SpofDiagnostic>();
        private int _suggestionsMade;

        public IReadOnlyList<SpofDiagnostic> Items => _items;
        public int Count => _items.Count;

        public void Add(SpofDiagnostic diagnostic) => _items.Add(diagnostic);

        public void Add(string code, SourceLocation location, string message, string? suggestion = null) =>
            _items.Add(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), location, message, suggestion));

        /// <summary>"did you mean 'x'?" for an unknown name, or null.</summary>
        public string? Suggest(string unknown, IEnumerable<string> known)
        {
            if (_suggestionsMade++ >= MaxSuggestions)
            {
                return null;
            }

            // Names whose lengths differ by more than 3 can never be within the allowed edit distance.
            return NameSuggestions.DidYouMean(unknown, known.Where(k => Math.Abs(k.Length - unknown.Length) <= 3));
        }
    }
}
