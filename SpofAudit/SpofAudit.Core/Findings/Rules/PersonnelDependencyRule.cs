using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>A person who is the only owner of a component an entrypoint hard-depends on.</summary>
    internal sealed class PersonnelDependencyRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.PersonnelDependency;

        public override string Description => "A person who is the only owner of a component an entrypoint hard-depends on.";

        public override Severity DefaultSeverity => Severity.Medium;

        public override string DiagramMark => "personnel-risk";

        public override string Explain(Finding finding) =>
            $"Person {finding.Target} alone owns {finding.Components}, on which {Affects(finding)} depends ({PathOf(finding)}).";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) => context.SingleFailures(Kind);
    }
}
