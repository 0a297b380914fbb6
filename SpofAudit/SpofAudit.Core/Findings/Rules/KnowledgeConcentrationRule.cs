using System.Collections.Generic;
using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Two or three people who together are the only ones able to operate a component an entrypoint hard-depends on, and
    /// no fewer of them are: a minimal cut set of person absences beyond the sole owner of <see cref="PersonnelDependencyRule"/>.
    /// </summary>
    internal sealed class KnowledgeConcentrationRule : FindingRule
    {
        public static readonly FindingKind KnowledgeConcentration = new FindingKind(nameof(KnowledgeConcentration), 12);

        public override FindingKind Kind => KnowledgeConcentration;

        public override string Description =>
            $"Two or three people who together are the only ones able to operate a component an entrypoint hard-depends on (a minimal set of absences, up to {TruckFactorAnalysis.MaxSetSize} people).";

        /// <summary>Low for two people, Info for three, before criticality (<see cref="SeverityRules.ForKnowledgeConcentration"/>).</summary>
        public override Severity DefaultSeverity => Severity.Low;

        public override string DiagramMark => "personnel-risk";

        public override string Explain(Finding finding) =>
            $"People {finding.Target}: only they can operate {finding.Components}, on which {Affects(finding)} depends ({PathOf(finding)}); with all of them away, nobody can.";

        internal override IReadOnlyList<Finding> Detect(RuleContext context) =>
            FindingOrder.Sort(KnowledgeConcentrationFindings.Find(context.Model, context.Graph, context.TruckFactors, Kind));
    }
}
