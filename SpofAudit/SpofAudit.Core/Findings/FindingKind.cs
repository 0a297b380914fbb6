using System;

namespace SpofAudit.Findings
{
    /// <summary>
    /// A kind of finding: its name (the <c>kind</c> of JSON reports, <c>-Kind</c>, <c>--kind</c>) and its place in the
    /// report order. Not an enum, so that a new kind is declared by its own rule (<see cref="FindingRule"/>) and no list
    /// of kinds must be edited (<see cref="FindingRules"/> finds the rules). The kinds below existed when kinds were
    /// an enum and stay here, under the same names, for code that names them. Each value exists once, so kinds compare
    /// by reference; <see cref="Parse"/> (also what PowerShell converts a string with, in <c>-Kind</c> and <c>-eq</c>)
    /// returns the registered value.
    /// </summary>
    public sealed class FindingKind : IComparable<FindingKind>, IComparable
    {
        public static readonly FindingKind SinglePointOfFailure = new FindingKind(nameof(SinglePointOfFailure), 0);
        public static readonly FindingKind SingleZoneRisk = new FindingKind(nameof(SingleZoneRisk), 1);
        public static readonly FindingKind SingleRegionRisk = new FindingKind(nameof(SingleRegionRisk), 2);
        public static readonly FindingKind PersonnelDependency = new FindingKind(nameof(PersonnelDependency), 3);
        public static readonly FindingKind DegradationRisk = new FindingKind(nameof(DegradationRisk), 4);
        public static readonly FindingKind CapacityRisk = new FindingKind(nameof(CapacityRisk), 5);
        public static readonly FindingKind QuorumRisk = new FindingKind(nameof(QuorumRisk), 6);
        public static readonly FindingKind FailoverRisk = new FindingKind(nameof(FailoverRisk), 7);
        public static readonly FindingKind DataLossRisk = new FindingKind(nameof(DataLossRisk), 8);
        public static readonly FindingKind DoubleFault = new FindingKind(nameof(DoubleFault), 9);
        public static readonly FindingKind SuppressionExpired = new FindingKind(nameof(SuppressionExpired), 10);
        public static readonly FindingKind SuppressionUnmatched = new FindingKind(nameof(SuppressionUnmatched), 11);

        /// <summary>Only a rule declares a kind: one value per name, so reference equality is name equality.</summary>
        internal FindingKind(string name, int rank)
        {
            Name = name;
            Rank = rank;
        }

        /// <summary>The name reports print and users type: "SinglePointOfFailure".</summary>
        public string Name { get; }

        /// <summary>Where findings of this kind come among findings of equal severity: lower first. Unique per kind; internal, so PowerShell shows and serializes a kind as its name only.</summary>
        internal int Rank { get; }

        /// <summary>The registered kind named <paramref name="name"/>, ignoring case.</summary>
        /// <exception cref="FormatException">No registered kind has that name.</exception>
        public static FindingKind Parse(string name) =>
            TryParse(name, ignoreCase: true, out var kind)
                ? kind
                : throw new FormatException($"Unknown finding kind '{name}'; expected one of {string.Join(", ", FindingRules.Names)}.");

        /// <summary>The registered kind named <paramref name="name"/> (exactly, or ignoring case), if there is one.</summary>
        public static bool TryParse(string? name, bool ignoreCase, out FindingKind kind)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var rule in FindingRules.All)
            {
                if (string.Equals(rule.Kind.Name, name?.Trim(), comparison))
                {
                    kind = rule.Kind;
                    return true;
                }
            }

            kind = null!;
            return false;
        }

        public int CompareTo(FindingKind? other) => other is null ? 1 : Rank.CompareTo(other.Rank);

        int IComparable.CompareTo(object? obj) => obj is FindingKind other ? CompareTo(other) : throw new ArgumentException("Not a finding kind.", nameof(obj));

        public override string ToString() => Name;
    }
}
