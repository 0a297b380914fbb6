using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A quorum group that tolerates no failure, has an even size, or can split brain.</summary>
    internal sealed class QuorumRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.QuorumRisk;

        public override string Description => "A quorum group that tolerates no failure, has an even size, or can split brain.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "redundancy-risk";

        public override string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: a quorum group that tolerates no failure, has an even size or can split brain; {Affects(finding)} depends on it ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => FindingOrder.Sort(QuorumFindings.Find(context.Model, context.Reach));
    }
}
