using System.Collections.Generic;
using System.Globalization;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One entrypoint whose truck factor differs between two JSON reports (<see cref="TruckFactorComparer"/>): what
    /// <c>Compare-SpofReport</c> writes beside the finding changes and <c>spofaudit diff</c> prints.
    /// </summary>
    public sealed class TruckFactorChange
    {
        public TruckFactorChange(string entrypoint, int? reference, int? difference, Severity severity, bool isAccepted, IReadOnlyList<string> fewestPeople)
        {
            Entrypoint = entrypoint;
            Reference = reference;
            Difference = difference;
            Severity = severity;
            IsAccepted = isAccepted;
            FewestPeople = fewestPeople;
        }

        public string Entrypoint { get; }

        /// <summary>The truck factor in the older report; null when the model could not tell (no owner named).</summary>
        public int? Reference { get; }

        /// <summary>The truck factor in the newer report; null when the model could not tell.</summary>
        public int? Difference { get; }

        /// <summary>Whether fewer people now stand between the entrypoint and a component nobody can operate.</summary>
        public bool Fell => Reference is int before && Difference is int after && after < before;

        /// <summary>
        /// How much a fall weighs: the severity of the newer report's most severe finding about the people behind the new
        /// truck factor (PersonnelDependency for one, KnowledgeConcentration for two or three) that affects the entrypoint,
        /// or Info when the report holds none (more than three people, or the finding was not selected).
        /// </summary>
        public Severity Severity { get; }

        /// <summary>Whether every such finding is an accepted risk: then the fall is accepted too and fails no gate.</summary>
        public bool IsAccepted { get; }

        /// <summary>What the newer report names behind the new truck factor, e.g. <c>svc: carol</c> (a few components with the fewest people).</summary>
        public IReadOnlyList<string> FewestPeople { get; }

        /// <summary>"web: truck factor 2 -> 1".</summary>
        public string Describe() => $"{Entrypoint}: truck factor {Text(Reference)} -> {Text(Difference)}";

        public override string ToString() => Describe();

        private static string Text(int? factor) => factor is int value ? value.ToString(CultureInfo.InvariantCulture) : "unknown";
    }
}
