using System;
using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>
    /// How many people must be away at once before an entrypoint needs a component nobody left can operate: the size of
    /// the smallest set of people who are, together, all the owners (teams expanded) of some component it hard-depends on.
    /// </summary>
    public sealed class EntrypointTruckFactor
    {
        public EntrypointTruckFactor(string entrypoint, int? truckFactor)
            : this(entrypoint, truckFactor, Array.Empty<ComponentOperator>(), 0)
        {
        }

        public EntrypointTruckFactor(string entrypoint, int? truckFactor, IReadOnlyList<ComponentOperator> operators, int unlistedComponents)
        {
            Entrypoint = entrypoint;
            TruckFactor = truckFactor;
            Operators = operators ?? throw new ArgumentNullException(nameof(operators));
            UnlistedComponents = unlistedComponents;
        }

        public string Entrypoint { get; }

        /// <summary>The truck factor; null when no component the entrypoint hard-depends on names an owner, so the model cannot tell.</summary>
        public int? TruckFactor { get; }

        /// <summary>
        /// The owners of the components it hard-depends on, with their evidence: components with the fewest people first
        /// (those the truck factor comes from), each component's owners together.
        /// </summary>
        public IReadOnlyList<ComponentOperator> Operators { get; }

        /// <summary>How many more owned components it hard-depends on are not in <see cref="Operators"/> (the list is bounded).</summary>
        public int UnlistedComponents { get; }

        public override string ToString() => $"{Entrypoint}: {(TruckFactor is int factor ? factor.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown")}";
    }
}
