using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Applies accepted-risk entries to a report. A finding an entry covers is kept, marked as suppressed, and no
    /// gate fails on it. An entry past its expiry suppresses nothing and becomes a SuppressionExpired finding; an
    /// entry that matches no finding becomes a SuppressionUnmatched finding. So the file cannot rot silently.
    /// </summary>
    public static class AcceptedRisks
    {
        /// <summary>The report with <paramref name="suppressions"/> applied, as of <paramref name="today"/> (an acceptance holds through its expiry day).</summary>
        public static SpofReport Apply(SpofReport report, IReadOnlyList<Suppression> suppressions, DateTime today)
        {
            var byId = suppressions.ToDictionary(s => s.FindingId, StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var findings = new List<Finding>(report.Findings.Count + suppressions.Count);
            foreach (var finding in report.Findings)
            {
                if (byId.TryGetValue(finding.Id, out var suppression))
                {
                    used.Add(suppression.FindingId);
                    findings.Add(suppression.IsExpired(today) ? finding : finding.WithSuppression(suppression));
                }
                else
                {
                    findings.Add(finding);
                }
            }

            foreach (var suppression in suppressions)
            {
                if (suppression.IsExpired(today))
                {
                    findings.Add(Expired(suppression, report.Model, used.Contains(suppression.FindingId)));
                }
                else if (!used.Contains(suppression.FindingId))
                {
                    findings.Add(Unmatched(suppression, report.Model));
                }
            }

            var ordered = findings
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.Kind)
                .ThenBy(f => f.Target, StringComparer.Ordinal)
                .ToArray();
            // The suppression findings of a partial read carry its mark too: an unmatched id may be one it could not read.
            return report.WithFindings(IncompleteInventoryMark.Attach(report.Provenance, ordered));
        }

        private static Finding Expired(Suppression s, string model, bool stillFound)
        {
            var date = s.Expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var recommendation = stillFound
                ? $"The acceptance of {s.FindingId} by {s.Owner} expired on {date}, so the finding counts again: fix the risk, or have {s.Owner} review it and set a new 'expires' date in {s.Location}."
                : $"The acceptance of {s.FindingId} by {s.Owner} expired on {date} and the finding no longer occurs: delete the entry at {s.Location}.";
            return Make(FindingKind.SuppressionExpired, s, model, recommendation);
        }

        private static Finding Unmatched(Suppression s, string model) =>
            Make(FindingKind.SuppressionUnmatched, s, model,
                $"No finding has the id {s.FindingId}: if the risk was fixed, delete the entry at {s.Location}; otherwise correct the id (spofaudit report --format json lists the ids).");

        private static Finding Make(FindingKind kind, Suppression s, string model, string recommendation) =>
            new Finding(kind, SeverityRules.BaseSeverity(kind), s.FindingId, TargetType.Suppression, Array.Empty<string>(),
                Array.Empty<string>(), Array.Empty<string>(), recommendation, model, s.Location.Line > 0 ? s.Location : null);
    }
}
