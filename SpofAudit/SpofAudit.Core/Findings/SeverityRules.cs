using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// How severe a finding is. Each kind has a base severity, declared by its rule (<see cref="FindingRule"/>): an outage from one component, one domain or
    /// one zone is High, from one region Medium (regions fail rarely), a sole owner Medium, a degradation
    /// Low. The base moves one step up when anything involved (the affected entrypoints, or the target
    /// component) has <c>criticality: high</c>, and one step down when everything involved that has a
    /// criticality is <c>low</c>. Unset criticality is neutral. A capacity risk is an outage like a SPOF (High), or
    /// like a region's (Medium) when a region is what it takes to overload the survivors. A quorum risk is Medium: a
    /// quorum that tolerates no failure is also a SPOF finding of its own. Failover and data-loss risks start at Medium
    /// and move with the declared rto / rpo (<see cref="ForRecovery"/>).
    /// </summary>
    public static class SeverityRules
    {
        /// <summary>The base severity of <paramref name="kind"/>, as its rule declares it.</summary>
        public static Severity BaseSeverity(FindingKind kind) => FindingRules.Of(kind).DefaultSeverity;

        /// <summary>The base severity of a finding of <paramref name="kind"/> on a target of <paramref name="targetType"/>.</summary>
        public static Severity BaseSeverity(FindingKind kind, TargetType targetType) => FindingRules.Of(kind).BaseSeverity(targetType);

        /// <summary>The severity of a finding of <paramref name="kind"/> touching components of these criticalities.</summary>
        public static Severity For(FindingKind kind, IEnumerable<Criticality?> involved) => Adjust(BaseSeverity(kind), involved);

        /// <summary>The severity of a finding of <paramref name="kind"/> on a <paramref name="targetType"/> touching components of these criticalities.</summary>
        public static Severity For(FindingKind kind, TargetType targetType, IEnumerable<Criticality?> involved) =>
            Adjust(BaseSeverity(kind, targetType), involved);

        /// <summary>
        /// A failover or data-loss finding: Medium, one step up when the recovery time (rto) or the window of lost writes
        /// (rpo) is an hour or more, one step down when it is at most five minutes; then criticality as usual.
        /// </summary>
        /// <summary>
        /// A double fault is Medium when it is at least as likely as losing two 99.9% instances at once (1e-6), Low when
        /// rarer; then raised or lowered by the criticality of what it involves, like every finding.
        /// </summary>
        public static Severity ForDoubleFault(double likelihood, IEnumerable<Criticality?> involved) =>
            Adjust(likelihood >= LikelyDoubleFault ? Severity.Medium : Severity.Low, involved);

        /// <summary>
        /// A knowledge concentration: Low for two people, Info for three (all three away at once is rarer still than two); then raised or lowered by the criticality of the
        /// entrypoints it affects, like a sole owner, so a pair on a critical path is Medium and a trio Low.
        /// </summary>
        public static Severity ForKnowledgeConcentration(int people, IEnumerable<Criticality?> involved) =>
            Adjust(people <= 2 ? Severity.Low : Severity.Info, involved);

        /// <summary>Two instances at 99.9% availability down together.</summary>
        public const double LikelyDoubleFault = 1e-6;

        public static Severity ForRecovery(FindingKind kind, System.TimeSpan? window, IEnumerable<Criticality?> involved)
        {
            var severity = BaseSeverity(kind);
            if (window is System.TimeSpan w)
            {
                severity = w >= System.TimeSpan.FromHours(1) ? severity + 1 : w <= System.TimeSpan.FromMinutes(5) ? severity - 1 : severity;
            }

            return Adjust(severity, involved);
        }

        private static Severity Adjust(Severity severity, IEnumerable<Criticality?> involved)
        {
            var anyGiven = false;
            var allLow = true;
            foreach (var criticality in involved)
            {
                if (criticality == Criticality.High)
                {
                    return severity == Severity.Critical ? severity : severity + 1;
                }

                anyGiven |= criticality.HasValue;
                allLow &= criticality != Criticality.Medium;
            }

            return anyGiven && allLow ? (severity == Severity.Low ? severity : severity - 1) : severity;
        }
    }
}
