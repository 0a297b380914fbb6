using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The one change that buys an entrypoint the most nines. Trying every change on every component would cost a
    /// fault tree per component; only the components that matter most are tried: those holding the
    /// <see cref="TopEvents"/> events with the highest Fussell-Vesely importance (an instance or failover event: its
    /// component; a zone, region or domain: every component of the entrypoint placed there), at most
    /// <see cref="MaxComponents"/> of them, in that order. Each change is evaluated exactly on the entrypoint's
    /// hard-dependency closure.
    /// </summary>
    internal sealed class BestChangeFinder
    {
        public const int TopEvents = 4;
        public const int MaxComponents = 4;

        private readonly AvailabilityAssumptions _assumptions;
        private readonly int _nodeBudget;

        public BestChangeFinder(AvailabilityAssumptions assumptions, int nodeBudget)
        {
            _assumptions = assumptions;
            _nodeBudget = nodeBudget;
        }

        /// <summary>
        /// The best change for one entrypoint. <paramref name="diagramNodes"/> is the size of its own diagram: a changed
        /// model may take a few times as many nodes before the change is given up as too costly to evaluate exactly.
        /// </summary>
        public AvailabilityChange? Find(SpofModel model, string entrypoint, double unavailability, IReadOnlyList<EventImportance> importance, int diagramNodes)
        {
            if (unavailability <= 0)
            {
                return null;
            }

            var budget = (int)Math.Min(_nodeBudget, 4L * diagramNodes + 1000);

            var closure = HardClosure.Of(model, entrypoint);
            AvailabilityChange? best = null;
            foreach (var component in ComponentsThatMatter(closure, importance))
            {
                foreach (var candidate in CandidateChanges.For(component, model))
                {
                    var after = Evaluate(HardClosure.Of(model, entrypoint, candidate.Changed), budget);
                    if (after == null || !(after < unavailability))
                    {
                        continue;
                    }

                    if (best == null || after < best.UnavailabilityAfter)
                    {
                        best = new AvailabilityChange(candidate.Kind, component.Name, candidate.Description, unavailability, after.Value);
                    }
                }
            }

            return best;
        }

        private static IEnumerable<Component> ComponentsThatMatter(SpofModel closure, IReadOnlyList<EventImportance> importance)
        {
            var chosen = new List<Component>();
            foreach (var top in importance.Where(i => i.FussellVesely > 0).Take(TopEvents))
            {
                foreach (var component in Holders(closure, top))
                {
                    if (chosen.Count < MaxComponents && !chosen.Contains(component))
                    {
                        chosen.Add(component);
                    }
                }
            }

            return chosen;
        }

        private static IEnumerable<Component> Holders(SpofModel closure, EventImportance e)
        {
            if (e.Component != null)
            {
                return new[] { closure.FindComponent(e.Component)! };
            }

            return closure.Components.Where(c => PlacementUnits.Of(c, closure).Any(u => Holds(u, e)));
        }

        private static bool Holds(PlacementUnit unit, EventImportance e)
        {
            switch (e.Kind)
            {
                case AvailabilityEventKind.Zone: return unit.Zone == e.Name;
                case AvailabilityEventKind.Region: return unit.Region == e.Name;
                case AvailabilityEventKind.Domain: return unit.Domains.Contains(e.Name, StringComparer.Ordinal);
                default: return false;
            }
        }

        /// <summary>The exact unavailability of the changed closure; null when its diagram is over budget (the change is not tried).</summary>
        private double? Evaluate(SpofModel closure, int budget)
        {
            var formula = new FaultTreeBuilder(closure, FailureSemantics.WithFailoverGap).BuildEntrypoints()[0].Value;
            return EntrypointEvaluation.ExactOrNothing(formula, new BasicEventCatalog(closure, _assumptions), budget);
        }
    }
}
