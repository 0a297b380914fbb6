using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>An event that takes an entrypoint down only because the surviving instances cannot carry the peak load.</summary>
    internal sealed class CapacityRiskRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.CapacityRisk;

        public override string Description => "An event that takes an entrypoint down only because the surviving instances cannot carry the peak load.";

        public override Severity DefaultSeverity => Severity.High;

        public override string DiagramMark => "spof";

        public override bool IsOutage => true;

        /// <summary>An overload cascade is an outage like a SPOF (High), or like a region's (Medium) when a region is what it takes.</summary>
        public override Severity BaseSeverity(TargetType targetType) => targetType == TargetType.Region ? Severity.Medium : DefaultSeverity;

        public override string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: its failure overloads the survivors and takes down {Affects(finding)} ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
