using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>An accepted risk that matches no finding: the risk is gone, or the entry names it wrongly.</summary>
    internal sealed class SuppressionUnmatchedRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.SuppressionUnmatched;

        public override string Description => "An accepted risk that matches no finding: the risk is gone, or the entry names it wrongly.";

        public override Severity DefaultSeverity => Severity.Low;

        public override string DiagramMark => "suppression";

        public override string Explain(Finding finding) => Description.Replace("An accepted risk", $"The accepted risk {finding.Target}");

        /// <summary>None from the model: <see cref="AcceptedRisks"/> makes these when it checks a report against an accepted-risk file.</summary>
        internal override IReadOnlyList<Finding> Detect(RuleContext context) => System.Array.Empty<Finding>();
    }
}
