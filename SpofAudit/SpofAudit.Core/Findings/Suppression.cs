using System;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One accepted risk from a suppression file: which finding, why it is accepted, who owns the decision,
    /// and until when. A suppressed finding is still reported, marked, but no <c>--fail-on</c> gate fails on it.
    /// </summary>
    public sealed class Suppression
    {
        public Suppression(string findingId, string justification, string owner, DateTime? expires, SourceLocation location)
        {
            FindingId = findingId;
            Justification = justification;
            Owner = owner;
            Expires = expires;
            Location = location;
        }

        /// <summary>The id (<c>Kind/target</c>) of the finding it accepts.</summary>
        public string FindingId { get; }

        public string Justification { get; }

        public string Owner { get; }

        /// <summary>The last day (UTC) the acceptance holds; null when it does not expire.</summary>
        public DateTime? Expires { get; }

        /// <summary>Where the entry is written in the suppression file.</summary>
        public SourceLocation Location { get; }

        /// <summary>Whether the acceptance has lapsed on <paramref name="today"/>: it holds through its expiry day.</summary>
        public bool IsExpired(DateTime today) => Expires.HasValue && today.Date > Expires.Value.Date;

        /// <summary>How reports show it beside the finding: "Accepted risk (alice, until 2026-12-31): replica ordered".</summary>
        public string Describe() =>
            $"Accepted risk ({Owner}{(Expires.HasValue ? $", until {Expires.Value:yyyy-MM-dd}" : string.Empty)}): {Justification}";

        public override string ToString() => $"{FindingId} (accepted by {Owner}{(Expires.HasValue ? $" until {Expires.Value:yyyy-MM-dd}" : string.Empty)})";
    }
}
