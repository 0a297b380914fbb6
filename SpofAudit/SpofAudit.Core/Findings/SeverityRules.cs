using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// How severe a finding is. Each kind has a base severity: an outage from one component, one domain or
    /// one zone is High, from one region Medium (regions fail rarely), a sole owner Medium, a degradation
    /// Low. The base moves one step up when anything involved (the affected entrypoints, or the target
    /// component) has <c>criticality: high</c>, and one step down when everything involved that has a
    /// criticality is <c>low</c>. Unset criticality is neutral.
    /// </summary>
    public static class SeverityRules
    {
        public static Severity BaseSeverity(FindingKind kind)
        {
            switch (kind)
            {
                case FindingKind.SinglePointOfFailure:
                case FindingKind.SingleZoneRisk:
                    return Severity.High;
                case FindingKind.SingleRegionRisk:
                case FindingKind.PersonnelDependency:
                case FindingKind.SuppressionExpired:
                    return Severity.Medium;
                default:
                    return Severity.Low;
            }
        }

        /// <summary>The severity of a finding of <paramref name="kind"/> touching components of these criticalities.</summary>
        public static Severity For(FindingKind kind, IEnumerable<Criticality?> involved)
        {
            var given = involved.Where(c => c.HasValue).Select(c => c!.Value).ToArray();
            var severity = BaseSeverity(kind);
            if (given.Contains(Criticality.High))
            {
                return severity == Severity.Critical ? severity : severity + 1;
            }

            if (given.Length > 0 && given.All(c => c == Criticality.Low))
            {
                return severity == Severity.Low ? severity : severity - 1;
            }

            return severity;
        }
    }
}
