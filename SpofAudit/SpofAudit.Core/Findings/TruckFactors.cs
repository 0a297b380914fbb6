using System;
using System.Collections.Generic;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>The truck factor of each entrypoint of a model (<see cref="TruckFactorAnalysis"/>), as reports carry it.</summary>
    public static class TruckFactors
    {
        /// <summary>What a declared owner's evidence line says: the model's own file named it.</summary>
        public const string DeclaredOwner = "named in the component's owners";

        /// <summary>Each entrypoint's truck factor, in name order: what <see cref="SpofAnalyzer"/> puts in its report.</summary>
        public static IReadOnlyList<EntrypointTruckFactor> Of(SpofModel model) =>
            Of(model, TruckFactorAnalysis.Run(model, FailureGraph.Build(model), System.Threading.CancellationToken.None));

        internal static IReadOnlyList<EntrypointTruckFactor> Of(SpofModel model, TruckFactorAnalysis analysis)
        {
            var factors = new EntrypointTruckFactor[analysis.Entrypoints.Length];
            var operatorsOf = new Dictionary<int, ComponentOperator[]>();
            for (var i = 0; i < factors.Length; i++)
            {
                var factor = analysis.TruckFactors[i];
                var listed = analysis.OperatedBy(i);
                var operators = new List<ComponentOperator>();
                foreach (var component in listed)
                {
                    if (!operatorsOf.TryGetValue(component, out var known))
                    {
                        operatorsOf[component] = known = OperatorsOf(model, model.Components[component]);
                    }

                    operators.AddRange(known);
                }

                factors[i] = new EntrypointTruckFactor(
                    model.Components[analysis.Entrypoints[i]].Name,
                    factor == 0 ? (int?)null : factor,
                    operators,
                    analysis.OperatedCount(i) - listed.Length);
            }

            return factors;
        }

        /// <summary>Each owner of <paramref name="component"/> as written, with the people it stands for and its evidence.</summary>
        private static ComponentOperator[] OperatorsOf(SpofModel model, Component component)
        {
            var operators = new ComponentOperator[component.Owners.Count];
            for (var i = 0; i < operators.Length; i++)
            {
                var owner = component.Owners[i];
                var evidence = new List<EvidenceLine>();
                foreach (var item in component.Evidence)
                {
                    if (string.Equals(item.Owner, owner, StringComparison.Ordinal))
                    {
                        evidence.Add(new EvidenceLine(item.Source.ToString(), item.Description));
                    }
                }

                if (evidence.Count == 0)
                {
                    evidence.Add(new EvidenceLine(component.Location.ToString(), DeclaredOwner));
                }

                var people = model.FindTeam(owner) is { } team ? Sorted(team.Members) : new[] { owner };
                operators[i] = new ComponentOperator(component.Name, owner, people, evidence);
            }

            return operators;
        }

        private static string[] Sorted(IReadOnlyList<string> names)
        {
            var sorted = new SortedSet<string>(names, StringComparer.Ordinal);
            var array = new string[sorted.Count];
            sorted.CopyTo(array);
            return array;
        }
    }
}
