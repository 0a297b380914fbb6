using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>The order findings are reported in: most severe first, then by kind, then by target.</summary>
    public static class FindingOrder
    {
        public static List<Finding> Sort(IEnumerable<Finding> findings) =>
            findings
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.Kind)
                .ThenBy(f => f.Target, StringComparer.Ordinal)
                .ToList();
    }
}
