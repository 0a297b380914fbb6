using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Diagnostics
{
    /// <summary>"Did you mean" for misspelt names and keys: the closest known name by edit distance.</summary>
    public static class NameSuggestions
    {
        /// <summary>The most edits a suggestion may be away from what was written.</summary>
        private const int MaxEdits = 3;

        /// <summary>
        /// The known name closest to <paramref name="unknown"/>, or null when none is close enough to be a
        /// plausible typo (at most a third of the longer name differs, and never more than 3 edits).
        /// </summary>
        public static string? Closest(string unknown, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            var lowered = unknown.ToLowerInvariant();
            foreach (var candidate in known)
            {
                // The distance is at least the difference in length, and more than MaxEdits is never suggested:
                // skipping those keeps a megabyte-long unknown key from costing more than reading it.
                if (Math.Abs(candidate.Length - unknown.Length) > MaxEdits)
                {
                    continue;
                }

                var distance = Distance(lowered, candidate.ToLowerInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            var allowed = Math.Min(MaxEdits, Math.Max(1, Math.Max(unknown.Length, best?.Length ?? 0) / 3));
            return best != null && bestDistance <= allowed ? best : null;
        }

        /// <summary>The "did you mean 'x'?" hint, or null.</summary>
        public static string? DidYouMean(string unknown, IEnumerable<string> known)
        {
            var closest = Closest(unknown, known);
            return closest == null ? null : $"did you mean '{closest}'?";
        }

        /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
        /// <remarks>Three rolling rows, so memory grows with the shorter name only, not with the product of both.</remarks>
        public static int Distance(string a, string b)
        {
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var twoBack = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        best = Math.Min(best, twoBack[j - 2] + 1);
                    }

                    current[j] = best;
                }

                (twoBack, previous, current) = (previous, current, twoBack);
            }

            return previous[b.Length];
        }
    }
}
