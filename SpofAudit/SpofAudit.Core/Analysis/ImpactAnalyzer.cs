using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>What-if: fail the named things and report who is down or degraded, and why.</summary>
    public sealed class ImpactAnalyzer
    {
        private readonly ScenarioEvaluator _evaluator = new ScenarioEvaluator();

        /// <summary>Fails <paramref name="specs"/> (see <see cref="FailureEventParser"/>); throws SpofInputException on an unknown name.</summary>
        /// <param name="model">The model to fail things in.</param>
        /// <param name="specs">What fails, as <see cref="FailureEventParser"/> reads it.</param>
        /// <param name="source">The option the specs came from, as the caller spells it (<c>--fail</c>): where errors are located.</param>
        public ImpactReport Run(SpofModel model, IEnumerable<string> specs, string source = FailureEventParser.DefaultSource) =>
            Run(model, FailureEventParser.Parse(model, specs, source));

        public ImpactReport Run(SpofModel model, IReadOnlyList<FailureEvent> failures)
        {
            var result = _evaluator.Evaluate(model, failures);
            var entrypoints = new HashSet<string>(model.Entrypoints);
            ImpactRecord Record(Component c)
            {
                var chain = result.BoundedChainOf(c.Name);
                return new ImpactRecord(c.Name, entrypoints.Contains(c.Name), result.StatusOf(c.Name), chain, result.ReasonAtEndOf(chain), model.Name);
            }

            var entryRecords = model.Entrypoints.Select(e => Record(model.FindComponent(e)!)).ToArray();
            var affected = model.Components.Where(c => result.StatusOf(c.Name) != HealthStatus.Up).Select(Record).ToArray();
            return new ImpactReport(model.Name, result.Failed, entryRecords, affected);
        }
    }
}
