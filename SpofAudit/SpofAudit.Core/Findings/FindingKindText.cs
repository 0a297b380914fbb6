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
                case FindingKind.CapacityRisk:
                    return "An event that takes an entrypoint down only because the surviving instances cannot carry the peak load.";
                case FindingKind.QuorumRisk:
                    return "A quorum group that tolerates no failure, has an even size, or can split brain.";
                case FindingKind.FailoverRisk:
                    return "An event the system survives only after an interrupting failover (warm or cold standby, or a manual failover).";
                case FindingKind.DataLossRisk:
                    return "A component that replicates asynchronously: whatever forces its failover loses recent writes.";
                case FindingKind.DoubleFault:
                    return "Two failures, neither a single point of failure, that together take an entrypoint down.";
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
                case FindingKind.CapacityRisk:
                    return $"{finding.TargetType} {finding.Target}: its failure overloads the survivors and takes down {affects} ({path}).";
                case FindingKind.FailoverRisk:
                    return $"{finding.TargetType} {finding.Target}: its failure stops {affects} until a failover completes ({path}).";
                case FindingKind.QuorumRisk:
                    return $"{finding.TargetType} {finding.Target}: a quorum group that tolerates no failure, has an even size or can split brain; {affects} depends on it ({path}).";
                case FindingKind.DataLossRisk:
                    return $"{finding.TargetType} {finding.Target}: replicates asynchronously, so whatever forces its failover loses recent writes; {affects} depends on it ({path}).";
                case FindingKind.DoubleFault:
                    return $"{finding.Target}: failing together, they take down {affects} ({path}).";
                case FindingKind.PersonnelDependency:
                    return $"Person {finding.Target} alone owns {string.Join(", ", finding.Components)}, on which {affects} depends ({path}).";
                default:
                    return $"{finding.TargetType} {finding.Target}: its failure alone takes down {affects} ({path}).";
            }
        }
    }
}
