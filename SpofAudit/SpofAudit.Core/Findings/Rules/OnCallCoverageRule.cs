using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>
    /// A component an entrypoint depends on whose on-call rotation (from a PagerDuty or Opsgenie schedule export) has one
    /// person, nobody, or time in its window with nobody on call: when that one person is away, or in the gap, nobody is paged.
    /// </summary>
    internal sealed class OnCallCoverageRule : FindingRule
    {
        public static readonly FindingKind OnCallCoverage = new FindingKind(nameof(OnCallCoverage), 13);

        public override FindingKind Kind => OnCallCoverage;

        public override string Description =>
            "A component an entrypoint depends on whose on-call rotation has one person, or time in its window with nobody on call.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "personnel-risk";

        public override string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: its on-call rotation leaves it without someone to page (one person, or gaps), and {Affects(finding)} depends on it ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) =>
            FindingOrder.Sort(OnCallCoverageFindings.Find(context.Model, context.Reach, Kind));
    }
}
