using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>An availability zone whose failure alone takes an entrypoint down.</summary>
    internal sealed class SingleZoneRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.SingleZoneRisk;

        public override string Description => "An availability zone whose failure alone takes an entrypoint down.";

        public override Severity DefaultSeverity => Severity.High;

        public override string DiagramMark => "zone-risk";

        public override bool IsOutage => true;

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
