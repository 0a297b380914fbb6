using System;
using System.Collections.Generic;
using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Compares the truck factors of two reports entrypoint by entrypoint. Only entrypoints both reports list are compared:
    /// a report without truck factors (written from findings alone, or of a model naming no owner) has nothing to compare.
    /// </summary>
    public static class TruckFactorComparer
    {
        /// <summary>At most this many components are named behind a new truck factor.</summary>
        private const int MaxNamed = 3;

        /// <summary>The entrypoints whose truck factor differs, in the newer report's order.</summary>
        public static IReadOnlyList<TruckFactorChange> Compare(SpofReport reference, SpofReport difference)
        {
            var before = new Dictionary<string, int?>(StringComparer.Ordinal);
            foreach (var factor in reference.TruckFactors)
            {
                before[factor.Entrypoint] = factor.TruckFactor;
            }

            var changes = new List<TruckFactorChange>();
            foreach (var factor in difference.TruckFactors)
            {
                if (before.TryGetValue(factor.Entrypoint, out var old) && old != factor.TruckFactor)
                {
                    var (severity, accepted) = Weight(factor, difference.Findings);
                    changes.Add(new TruckFactorChange(factor.Entrypoint, old, factor.TruckFactor, severity, accepted, FewestPeople(factor)));
                }
            }

            return changes;
        }

        /// <summary>Whether a truck factor change should fail a gate at <paramref name="threshold"/>: it fell, is not accepted, and weighs at least that.</summary>
        public static bool IsRegression(TruckFactorChange change, Severity threshold) =>
            change.Fell && !change.IsAccepted && change.Severity >= threshold;

        /// <summary>The kind of finding a fall to this truck factor weighs as: PersonnelDependency for 1, KnowledgeConcentration for 2 and 3, else none.</summary>
        public static FindingKind? KindOf(TruckFactorChange change) =>
            change.Difference switch
            {
                1 => FindingKind.PersonnelDependency,
                int size when size <= TruckFactorAnalysis.MaxSetSize => KnowledgeConcentrationRule.KnowledgeConcentration,
                _ => null,
            };

        private static (Severity Severity, bool Accepted) Weight(EntrypointTruckFactor factor, IReadOnlyList<Finding> findings)
        {
            if (!(factor.TruckFactor is int size) || size > TruckFactorAnalysis.MaxSetSize)
            {
                // Sets this large have no finding of their own to weigh the fall by.
                return (Severity.Info, false);
            }

            var kind = size == 1 ? FindingKind.PersonnelDependency : KnowledgeConcentrationRule.KnowledgeConcentration;
            var found = false;
            var accepted = true;
            var severity = Severity.Info;
            foreach (var finding in findings)
            {
                if (finding.Kind != kind || !Affects(finding, factor.Entrypoint))
                {
                    continue;
                }

                found = true;
                accepted &= finding.IsSuppressed;
                severity = finding.Severity > severity ? finding.Severity : severity;
            }

            return (severity, found && accepted);
        }

        private static bool Affects(Finding finding, string entrypoint)
        {
            foreach (var affected in finding.Affects)
            {
                if (string.Equals(affected, entrypoint, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"svc: carol" for the first components whose people number the new truck factor.</summary>
        private static IReadOnlyList<string> FewestPeople(EntrypointTruckFactor factor)
        {
            var people = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var owner in factor.Operators)
            {
                if (!people.TryGetValue(owner.Component, out var set))
                {
                    people[owner.Component] = set = new SortedSet<string>(StringComparer.Ordinal);
                    order.Add(owner.Component);
                }

                set.UnionWith(owner.People);
            }

            var named = new List<string>();
            foreach (var component in order)
            {
                if (named.Count < MaxNamed && people[component].Count == factor.TruckFactor)
                {
                    named.Add($"{component}: {string.Join(", ", people[component])}");
                }
            }

            return named;
        }
    }
}
