using System.Collections.Generic;
using System.Globalization;
using SpofAudit.Analysis.DoubleFaults;

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

        /// <summary>
        /// Only at depth 2: the order-2 pass costs several times the order-1 pass. Past its pair budget, or past the most
        /// double faults a report holds, it gives no answer rather than part of one, and the report says depth 2 is incomplete.
        /// </summary>
        internal override IReadOnlyList<Finding> Detect(RuleContext context)
        {
            if (context.Options.Depth < 2)
            {
                return System.Array.Empty<Finding>();
            }

            try
            {
                var options = context.Options;
                return FindingOrder.Sort(DoubleFaultFinder.Find(context.Model, context.Graph, context.ComponentIndex, options.Top, options.PairBudget, options.MaxDoubleFaults, context.Cancellation));
            }
            catch (PairBudgetExceededException exceeded)
            {
                Unfinished(
                    context,
                    "pair budget",
                    $"double faults (depth 2): stopped at its budget of {Count(exceeded.Limit)} pairs of failures held, so no DoubleFault finding is reported; the model has too many distinct pairs (instances in the same zone, region and domains count as one)");
            }
            catch (TooManyDoubleFaultsException tooMany)
            {
                Unfinished(
                    context,
                    "too many double faults",
                    $"double faults (depth 2): more than {Count(tooMany.Limit)}, so none is reported; --top N (-Top N) reports the N likeliest");
            }

            return System.Array.Empty<Finding>();
        }

        private static void Unfinished(RuleContext context, string reason, string description) =>
            context.ReportUnfinished("double faults (depth 2)", reason, description);

        private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
    }
}
