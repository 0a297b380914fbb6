using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One kind of finding, whole: its kind, the sentence that describes it (help, SARIF and JUnit rule text, HTML
    /// tooltips), its base severity, how one finding of it reads, how the HTML diagram marks its target, and where its
    /// findings come from. Every concrete rule class is found by <see cref="FindingRules"/>, which the analyzer runs and every report
    /// format asks; adding a kind is adding one rule class (docs/contributing.md, "Adding a finding kind").
    /// </summary>
    public abstract class FindingRule
    {
        /// <summary>The kind this rule reports; a new kind declares its value in its rule file.</summary>
        public abstract FindingKind Kind { get; }

        /// <summary>What a finding of this kind means, in one sentence.</summary>
        public abstract string Description { get; }

        /// <summary>The severity a finding of this kind starts from, before criticality moves it (<see cref="SeverityRules"/>).</summary>
        public abstract Severity DefaultSeverity { get; }

        /// <summary>
        /// The class the HTML dependency diagram gives the nodes this kind of finding names ("spof", "zone-risk",
        /// "degradation", "redundancy-risk"...); the stylesheet in HtmlAssets colours each class.
        /// </summary>
        public abstract string DiagramMark { get; }

        /// <summary>
        /// Whether the target alone takes an entrypoint down for good: the Mermaid and DOT exports draw such targets as
        /// single points of failure or places at risk.
        /// </summary>
        public virtual bool IsOutage => false;

        /// <summary>
        /// Whether the target's failure degrades an entrypoint without taking any down: the exports mark such a
        /// component as degrading, and the HTML diagram draws the last step of its path as a soft dependency.
        /// </summary>
        public virtual bool OnlyDegrades => false;

        /// <summary>The base severity on a target of <paramref name="targetType"/>; most kinds do not care what the target is.</summary>
        public virtual Severity BaseSeverity(TargetType targetType) => DefaultSeverity;

        /// <summary>The sentence for one finding: "db: its failure alone takes down web (web → db)."</summary>
        public virtual string Explain(Finding finding) =>
            $"{finding.TargetType} {finding.Target}: its failure alone takes down {Affects(finding)} ({PathOf(finding)}).";

        /// <summary>
        /// The findings of this kind in the model of <paramref name="context"/>, sorted in <see cref="FindingOrder"/> (the
        /// analyzer merges the rules' sorted runs). A rule that needs the engine at a depth above the requested one returns none.
        /// </summary>
        internal abstract IReadOnlyList<Finding> Detect(RuleContext context);

        public override string ToString() => Kind.Name;

        protected static string Affects(Finding finding) => finding.Affects.ToString();

        protected static string PathOf(Finding finding) => string.Join(" → ", finding.Path);
    }
}
