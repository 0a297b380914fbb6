using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis.FaultTrees;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// P(down) of one entrypoint's formula: exactly on a BDD with Birnbaum and Fussell-Vesely importance of every event
    /// it depends on, or, when the diagram outgrows the node budget, a Monte Carlo estimate without importance.
    /// </summary>
    internal sealed class EntrypointEvaluation
    {
        private EntrypointEvaluation(double unavailability, string method, double? standardError, IReadOnlyList<EventImportance> importance, int diagramNodes)
        {
            Unavailability = unavailability;
            Method = method;
            StandardError = standardError;
            Importance = importance;
            DiagramNodes = diagramNodes;
        }

        /// <summary>Nodes the exact diagram took (0 for an estimate): a yardstick for what a small change may cost.</summary>
        public int DiagramNodes { get; }

        /// <summary>P(down) exactly, or null when the diagram outgrows <paramref name="nodeBudget"/> (no estimate: the caller only compares exact figures).</summary>
        public static double? ExactOrNothing(FaultFormula formula, BasicEventCatalog catalog, int nodeBudget)
        {
            try
            {
                var bdd = FormulaBdd.Build(formula, nodeBudget);
                return BddProbability.Compute(bdd, bdd.Events.Select(e => catalog[e].Failure).ToArray(), out _, out _);
            }
            catch (BddBudgetExceededException)
            {
                return null;
            }
        }

        public double Unavailability { get; }
        public string Method { get; }
        public double? StandardError { get; }
        public IReadOnlyList<EventImportance> Importance { get; }
        public bool IsExact => StandardError == null;

        public static EntrypointEvaluation Run(string entrypoint, FaultFormula formula, BasicEventCatalog catalog, int nodeBudget)
        {
            FormulaBdd bdd;
            try
            {
                bdd = FormulaBdd.Build(formula, nodeBudget);
            }
            catch (BddBudgetExceededException)
            {
                var estimate = MonteCarloEstimate.Run(formula, e => catalog[e].Failure, out var error);
                return new EntrypointEvaluation(estimate, AvailabilityMethods.MonteCarlo(MonteCarloEstimate.Samples, MonteCarloEstimate.Seed), error, Array.Empty<EventImportance>(), 0);
            }

            var failure = bdd.Events.Select(e => catalog[e].Failure).ToArray();
            var down = BddProbability.Compute(bdd, failure, out var birnbaum, out var inSupport);
            var importance = new List<EventImportance>(bdd.Events.Count);
            for (var v = 0; v < bdd.Events.Count; v++)
            {
                if (!inSupport[v])
                {
                    continue;
                }

                var info = catalog[bdd.Events[v]];
                var p = failure[v];

                // SCRAM's DIF: P(e | top) = p·P(top | e failed) / P(top), with P(top | e failed) = P(top) + (1 − p)·Birnbaum.
                var fussellVesely = down > 0 ? p * (down + (1 - p) * birnbaum[v]) / down : 0;
                importance.Add(new EventImportance(entrypoint, info.Kind, info.Name, info.Component, p, birnbaum[v], fussellVesely));
            }

            var ranked = importance
                .OrderByDescending(i => i.FussellVesely)
                .ThenByDescending(i => i.Birnbaum)
                .ThenBy(i => i.Kind)
                .ThenBy(i => i.Name, StringComparer.Ordinal)
                .ToArray();
            return new EntrypointEvaluation(down, AvailabilityMethods.Exact, null, ranked, bdd.Diagram.Count);
        }
    }
}
