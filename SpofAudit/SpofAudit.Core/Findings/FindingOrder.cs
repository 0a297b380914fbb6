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
        /// <paramref name="runs"/>, each already in this order, merged into one list: pairwise, so each finding is
        /// compared about log2(runs) times instead of sorting all of them again.
        /// </summary>
        public static List<Finding> MergeRuns(IReadOnlyList<IReadOnlyList<Finding>> runs)
        {
            if (runs.Count == 0)
            {
                return new List<Finding>();
            }

            var merged = new List<IReadOnlyList<Finding>>(runs);
            while (merged.Count > 1)
            {
                var next = new List<IReadOnlyList<Finding>>((merged.Count + 1) / 2);
                for (var i = 0; i < merged.Count; i += 2)
                {
                    next.Add(i + 1 < merged.Count ? MergeTwo(merged[i], merged[i + 1]) : merged[i]);
                }

                merged = next;
            }

            return merged[0] as List<Finding> ?? new List<Finding>(merged[0]);
        }

        private static List<Finding> MergeTwo(IReadOnlyList<Finding> a, IReadOnlyList<Finding> b)
        {
            var merged = new List<Finding>(a.Count + b.Count);
            var i = 0;
            var j = 0;
            while (i < a.Count || j < b.Count)
            {
                merged.Add(j == b.Count || (i < a.Count && Compare(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
            }

            return merged;
        }

        /// <summary>
        /// Most severe first, then by kind, likelihood and target. Ids (kind/target) are unique, so the order is total.
        /// Enums compare as numbers: their CompareTo takes an object and would box on every comparison of a sort.
        /// </summary>
        public static int Compare(Finding a, Finding b) =>
            b.Severity != a.Severity ? (int)b.Severity - (int)a.Severity
            : a.Kind != b.Kind ? a.Kind.Rank - b.Kind.Rank
            : a.Likelihood != b.Likelihood ? Nullable.Compare(b.Likelihood, a.Likelihood)
            : string.CompareOrdinal(a.Target, b.Target);
    }
}
