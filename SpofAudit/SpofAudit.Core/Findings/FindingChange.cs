using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One finding compared across two reports, matched by its stable id: what <c>Compare-SpofReport</c> writes
    /// and <c>spofaudit diff</c> prints.
    /// </summary>
    public sealed class FindingChange
    {
        public FindingChange(FindingChangeKind change, Finding? reference, Finding? difference, IReadOnlyList<string> changedProperties)
        {
            Change = change;
            Reference = reference;
            Difference = difference;
            ChangedProperties = changedProperties;
        }

        public FindingChangeKind Change { get; }

        /// <summary>The finding in the older report; null for a New one.</summary>
        public Finding? Reference { get; }

        /// <summary>The finding in the newer report; null for a Resolved one.</summary>
        public Finding? Difference { get; }

        /// <summary>For a Changed finding, which properties differ (Severity, TargetType, Affects, Components, Suppressed).</summary>
        public IReadOnlyList<string> ChangedProperties { get; }

        /// <summary>The finding as it stands: the newer one, or the older one when it was resolved.</summary>
        public Finding Current => Difference ?? Reference!;

        public string Id => Current.Id;
        public FindingKind Kind => Current.Kind;
        public string Target => Current.Target;

        /// <summary>The newer severity, or the older one for a Resolved finding.</summary>
        public Severity Severity => Current.Severity;

        /// <summary>The older severity; null for a New finding.</summary>
        public Severity? PreviousSeverity => Reference?.Severity;

        public override string ToString() => $"{Change} {Id}";
    }
}
