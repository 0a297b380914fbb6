using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Fuzz
{
    /// <summary>How many cases ended each way, and the violations with what reproduces them.</summary>
    internal sealed class FuzzTally
    {
        private readonly SortedDictionary<string, int> _outcomes = new SortedDictionary<string, int>(System.StringComparer.Ordinal);

        public int Cases { get; private set; }

        /// <summary>Each violation: its outcome, and what reproduces it.</summary>
        public List<(string Outcome, string Detail)> Violations { get; } = new List<(string, string)>();

        public IEnumerable<KeyValuePair<string, int>> Outcomes => _outcomes;

        public void Count(string outcome)
        {
            Cases++;
            _outcomes[outcome] = _outcomes.TryGetValue(outcome, out var n) ? n + 1 : 1;
        }

        public void Violation(string outcome, string detail)
        {
            Count(outcome);
            Violations.Add((outcome, detail));
        }

        public string Summary() => string.Join(", ", _outcomes.Select(o => $"{o.Value:N0} {o.Key}"));
    }
}
