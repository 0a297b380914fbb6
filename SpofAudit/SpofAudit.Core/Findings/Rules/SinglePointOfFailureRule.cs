using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A component or shared-fate domain whose failure alone takes an entrypoint down.</summary>
    internal sealed class SinglePointOfFailureRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.SinglePointOfFailure;

        public override string Description => "A component or shared-fate domain whose failure alone takes an entrypoint down.";

        public override Severity DefaultSeverity => Severity.High;

        public override string DiagramMark => "spof";

        public override bool IsOutage => true;

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
