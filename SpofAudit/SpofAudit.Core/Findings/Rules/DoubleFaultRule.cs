using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>Two failures, neither a single point of failure, that together take an entrypoint down.</summary>
    internal sealed class DoubleFaultRule : FindingRule
    {
        public override FindingKind Kind => FindingKind.DoubleFault;

        public override string Description => "Two failures, neither a single point of failure, that together take an entrypoint down.";

        /// <summary>Low; <see cref="SeverityRules.ForDoubleFault"/> raises a pair at least as likely as two 99.9% instances to Medium.</summary>
        public override Severity DefaultSeverity => Severity.Low;

        public override string DiagramMark => "redundancy-risk";

        public override string Explain(Finding finding) => $"{finding.Target}: failing together, they take down {Affects(finding)} ({PathOf(finding)}).";

        /// <summary>Only at depth 2: the order-2 pass costs several times the order-1 pass.</summary>
        internal override IReadOnlyList<Finding> Detect(RuleContext context) =>
            context.Options.Depth >= 2
                ? FindingOrder.Sort(DoubleFaultFinder.Find(context.Model, context.Graph, context.ComponentIndex, context.Options.Top, context.Cancellation))
                : (IReadOnlyList<Finding>)System.Array.Empty<Finding>();
    }
}
