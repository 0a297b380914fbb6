using System;
using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>The order findings are reported in: most severe first, then by kind, the likeliest double fault first, then by target.</summary>
    public static class FindingOrder
    {
        public static List<Finding> Sort(IEnumerable<Finding> findings)
        {
            var sorted = new List<Finding>(findings);
            sorted.Sort(Compare);
            return sorted;
        }

        /// <summary>
        /// <paramref name="sorted"/>, already in this order, with <paramref name="more"/> merged in: a sort of the few
        /// more and one pass over the many, instead of sorting them all again.
        /// </summary>
        public static List<Finding> Merge(IReadOnlyList<Finding> sorted, IEnumerable<Finding> more)
        {
            var extra = Sort(more);
            var merged = new List<Finding>(sorted.Count + extra.Count);
            var i = 0;
            var j = 0;
            while (i < sorted.Count || j < extra.Count)
            {
                merged.Add(j == extra.Count || (i < sorted.Count && Compare(sorted[i], extra[j]) <= 0) ? sorted[i++] : extra[j++]);
            }

            return merged;
        }

        /// <summary>
        /// Most severe first, then by kind, likelihood and target. Ids (kind/target) are unique, so the order is total.
        /// Enums compare as numbers: their CompareTo takes an object and would box on every comparison of a sort.
        /// </summary>
        public static int Compare(Finding a, Finding b) =>
            b.Severity != a.Severity ? (int)b.Severity - (int)a.Severity
            : a.Kind != b.Kind ? (int)a.Kind - (int)b.Kind
            : a.Likelihood != b.Likelihood ? Nullable.Compare(b.Likelihood, a.Likelihood)
            : string.CompareOrdinal(a.Target, b.Target);
    }
}
