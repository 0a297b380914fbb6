using System.Collections.Generic;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>The truck factor of each entrypoint of a model (<see cref="TruckFactorAnalysis"/>), as reports carry it.</summary>
    public static class TruckFactors
    {
        /// <summary>Each entrypoint's truck factor, in name order: what <see cref="SpofAnalyzer"/> puts in its report.</summary>
        public static IReadOnlyList<EntrypointTruckFactor> Of(SpofModel model) =>
            Of(model, TruckFactorAnalysis.Run(model, FailureGraph.Build(model), System.Threading.CancellationToken.None));

        internal static IReadOnlyList<EntrypointTruckFactor> Of(SpofModel model, TruckFactorAnalysis analysis)
        {
            var factors = new EntrypointTruckFactor[analysis.Entrypoints.Length];
            for (var i = 0; i < factors.Length; i++)
            {
                var factor = analysis.TruckFactors[i];
                factors[i] = new EntrypointTruckFactor(model.Components[analysis.Entrypoints[i]].Name, factor == 0 ? (int?)null : factor);
            }

            return factors;
        }
    }
}
