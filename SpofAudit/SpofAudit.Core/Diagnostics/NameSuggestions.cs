using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Diagnostics
{
    /// <summary>"Did you mean" for misspelt names and keys: the closest known name by edit distance.</summary>
    public static class NameSuggestions
    {
        /// <summary>
        /// The known name closest to <paramref name="unknown"/>, or null when none is close enough to be a
        /// plausible typo (at most a third of the longer name differs, and never more than 3 edits).
        /// </summary>
        public static string? Closest(string unknown, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in known)
            {
                var distance = Distance(unknown.ToLowerInvariant(), candidate.ToLowerInvariant());
                if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            var allowed = Math.Min(3, Math.Max(1, Math.Max(unknown.Length, best?.Length ?? 0) / 3));
            return best != null && bestDistance <= allowed ? best : null;
        }

        /// <summary>The "did you mean 'x'?" hint, or null.</summary>
        public static string? DidYouMean(string unknown, IEnumerable<string> known)
        {
            var closest = Closest(unknown, known);
            return closest == null ? null : $"did you mean '{closest}'?";
        }

        /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
        public static int Distance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++)
            {
                d[i, 0] = i;
            }

            for (var j = 0; j <= b.Length; j++)
            {
                d[0, j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
