using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>An accepted risk whose expiry date has passed; the finding it covered counts again.</summary>
    internal sealed class SuppressionExpiredRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.SuppressionExpired;

        public override string Description => "An accepted risk whose expiry date has passed; the finding it covered counts again.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "suppression";

        public override string Explain(Finding finding) => Description.Replace("An accepted risk", $"The accepted risk {finding.Target}");

        /// <summary>None from the model: <see cref="AcceptedRisks"/> makes these when it checks a report against an accepted-risk file.</summary>
        internal override IReadOnlyList<Finding> Detect(RuleContext context) => System.Array.Empty<Finding>();
    }
}
