using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A component or place whose failure degrades an entrypoint but takes none down.</summary>
    internal sealed class DegradationRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.DegradationRisk;

        public override string Description => "A component or place whose failure degrades an entrypoint but takes none down.";

        public override Severity DefaultSeverity => Severity.Low;

        public override string DiagramMark => "degradation";

        public override bool OnlyDegrades => true;

        public override string Explain(Finding finding) => $"{finding.TargetType} {finding.Target}: its failure degrades {Affects(finding)} ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
