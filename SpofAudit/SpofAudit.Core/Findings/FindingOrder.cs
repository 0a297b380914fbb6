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

        /// <summary>Most severe first, then by kind, likelihood and target. Ids (kind/target) are unique, so the order is total.</summary>
        public static int Compare(Finding a, Finding b) =>
            b.Severity != a.Severity ? b.Severity.CompareTo(a.Severity)
            : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Likelihood != b.Likelihood ? Nullable.Compare(b.Likelihood, a.Likelihood)
            : string.CompareOrdinal(a.Target, b.Target);
    }
}
