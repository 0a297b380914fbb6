using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A region whose failure alone takes an entrypoint down.</summary>
    internal sealed class SingleRegionRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.SingleRegionRisk;

        public override string Description => "A region whose failure alone takes an entrypoint down.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "region-risk";

        public override bool IsOutage => true;

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
