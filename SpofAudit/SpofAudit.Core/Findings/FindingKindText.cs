using System;

namespace SpofAudit.Findings
{
    /// <summary>What each kind of finding means, in one sentence: the rule text of SARIF, HTML and JUnit reports.</summary>
    public static class FindingKindText
    {
        public static string Describe(FindingKind kind)
        {
            switch (kind)
            {
                case FindingKind.SinglePointOfFailure:
                    return "A component or shared-fate domain whose failure alone takes an entrypoint down.";
                case FindingKind.SingleZoneRisk:
                    return "An availability zone whose failure alone takes an entrypoint down.";
                case FindingKind.SingleRegionRisk:
                    return "A region whose failure alone takes an entrypoint down.";
                case FindingKind.PersonnelDependency:
                    return "A person who is the only owner of a component an entrypoint hard-depends on.";
                case FindingKind.DegradationRisk:
                    return "A component or place whose failure degrades an entrypoint but takes none down.";
                case FindingKind.SuppressionExpired:
                    return "An accepted risk whose expiry date has passed; the finding it covered counts again.";
                case FindingKind.SuppressionUnmatched:
                    return "An accepted risk that matches no finding: the risk is gone, or the entry names it wrongly.";
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown finding kind.");
            }
        }

        /// <summary>The sentence for one finding: "db: its failure alone takes down web (web → db)."</summary>
        public static string Explain(Finding finding)
        {
            var affects = string.Join(", ", finding.Affects);
            var path = string.Join(" → ", finding.Path);
            switch (finding.Kind)
            {
                case FindingKind.DegradationRisk:
                    return $"{finding.TargetType} {finding.Target}: its failure degrades {affects} ({path}).";
                case FindingKind.SuppressionExpired:
                case FindingKind.SuppressionUnmatched:
                    return Describe(finding.Kind).Replace("An accepted risk", $"The accepted risk {finding.Target}");
                case FindingKind.PersonnelDependency:
                    return $"Person {finding.Target} alone owns {string.Join(", ", finding.Components)}, on which {affects} depends ({path}).";
                default:
                    return $"{finding.TargetType} {finding.Target}: its failure alone takes down {affects} ({path}).";
            }
        }
    }
}
