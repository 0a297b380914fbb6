using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>The selection both faces offer: only some kinds, and only at or above a severity.</summary>
    public sealed class FindingFilter
    {
        public FindingFilter(IReadOnlyCollection<FindingKind>? kinds = null, Severity minimumSeverity = Severity.Info)
        {
            Kinds = kinds is { Count: > 0 } ? kinds : null;
            MinimumSeverity = minimumSeverity;
        }

        /// <summary>The kinds to keep; null keeps every kind.</summary>
        public IReadOnlyCollection<FindingKind>? Kinds { get; }

        public Severity MinimumSeverity { get; }

        public bool Matches(Finding finding) =>
            finding.Severity >= MinimumSeverity && (Kinds == null || Kinds.Contains(finding.Kind));

        public IEnumerable<Finding> Apply(IEnumerable<Finding> findings) => findings.Where(Matches);
    }
}
