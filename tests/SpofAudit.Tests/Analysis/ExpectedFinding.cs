using System;
using System.Collections.Generic;
using SpofAudit.Findings;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>The part of a finding the brute-force reference can predict: what, whom, and which entrypoints.</summary>
    internal sealed record ExpectedFinding(FindingKind Kind, string Target, TargetType TargetType, string Affects)
    {
        public static ExpectedFinding Of(Finding finding) =>
            new ExpectedFinding(finding.Kind, finding.Target, finding.TargetType, Join(finding.Affects));

        /// <summary>Affects as one sorted string, so records compare by value.</summary>
        public static string Join(IEnumerable<string> names)
        {
            var sorted = new List<string>(names);
            sorted.Sort(StringComparer.Ordinal);
            return string.Join(" | ", sorted);
        }

        public override string ToString() => $"{Kind}/{Target} ({TargetType}) affects [{Affects}]";
    }
}
