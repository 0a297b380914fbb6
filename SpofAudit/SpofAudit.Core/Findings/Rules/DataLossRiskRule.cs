using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A component that replicates asynchronously: whatever forces its failover loses recent writes.</summary>
    internal sealed class DataLossRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.DataLossRisk;

        public override string Description => "A component that replicates asynchronously: whatever forces its failover loses recent writes.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "redundancy-risk";

        public override string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: replicates asynchronously, so whatever forces its failover loses recent writes; {Affects(finding)} depends on it ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.Failovers(Kind);
    }
}
