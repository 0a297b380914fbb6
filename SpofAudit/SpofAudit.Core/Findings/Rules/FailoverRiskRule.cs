using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>An event the system survives only after an interrupting failover (warm or cold standby, or a manual failover).</summary>
    internal sealed class FailoverRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.FailoverRisk;

        public override string Description => "An event the system survives only after an interrupting failover (warm or cold standby, or a manual failover).";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "redundancy-risk";

        public override string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: its failure stops {Affects(finding)} until a failover completes ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.Failovers(Kind);
    }
}
