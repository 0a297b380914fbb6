using System.Collections.Generic;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The availability of one entrypoint: the probability it is up, how it was computed, which events matter most,
    /// and the one change that buys the most nines. Written to the pipeline by Measure-SpofAvailability and printed by
    /// <c>spofaudit availability</c>.
    /// </summary>
    public sealed class AvailabilityResult
    {
        public AvailabilityResult(
            string model,
            string entrypoint,
            double unavailability,
            string method,
            double? standardError,
            IReadOnlyList<EventImportance> importance,
            AvailabilityChange? bestChange,
            AvailabilityAssumptions assumptions)
        {
            Model = model;
            Entrypoint = entrypoint;
            Unavailability = unavailability;
            Method = method;
            StandardError = standardError;
            Importance = importance;
            BestChange = bestChange;
            Assumptions = assumptions;
        }

        public string Model { get; }
        public string Entrypoint { get; }

        /// <summary>The probability the entrypoint is up.</summary>
        public double Availability => 1 - Unavailability;

        /// <summary>The probability the entrypoint is down (kept apart: 1 − availability loses digits near 1).</summary>
        public double Unavailability { get; }

        public double Nines => NinesScale.Of(Unavailability);

        /// <summary><see cref="AvailabilityMethods.Exact"/>, or the name of the approximation used.</summary>
        public string Method { get; }

        /// <summary>The standard error of an estimate; null when <see cref="Method"/> is exact.</summary>
        public double? StandardError { get; }

        /// <summary>Every basic event the entrypoint depends on, most important first (Fussell-Vesely, then Birnbaum).</summary>
        public IReadOnlyList<EventImportance> Importance { get; }

        /// <summary>The single change that buys the most nines; null when no candidate improves anything.</summary>
        public AvailabilityChange? BestChange { get; }

        public AvailabilityAssumptions Assumptions { get; }

        public override string ToString() => $"{Entrypoint}: {Availability:P4} up ({Method})";
    }
}
