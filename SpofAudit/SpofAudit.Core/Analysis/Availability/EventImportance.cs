namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// How much one basic event matters to one entrypoint. <see cref="Birnbaum"/> = P(down | event failed) − P(down |
    /// event up): what making it perfect would save per unit of its probability. <see cref="FussellVesely"/> =
    /// P(event failed | entrypoint down), SCRAM's "DIF": the share of the outages in which it has a hand.
    /// </summary>
    public sealed class EventImportance
    {
        public EventImportance(string entrypoint, AvailabilityEventKind kind, string name, string? component, double failureProbability, double birnbaum, double fussellVesely)
        {
            Entrypoint = entrypoint;
            Kind = kind;
            Name = name;
            Component = component;
            FailureProbability = failureProbability;
            Birnbaum = birnbaum;
            FussellVesely = fussellVesely;
        }

        public string Entrypoint { get; }
        public AvailabilityEventKind Kind { get; }

        /// <summary>The instance, zone, region or domain name; for <see cref="AvailabilityEventKind.Failover"/>, the component.</summary>
        public string Name { get; }

        /// <summary>The component of an instance or failover event; null otherwise.</summary>
        public string? Component { get; }

        /// <summary>The probability that the event has failed (1 − its availability).</summary>
        public double FailureProbability { get; }

        public double Birnbaum { get; }
        public double FussellVesely { get; }

        /// <summary><c>kind:name</c>, as <c>--fail</c> of the what-if reads it (failover events: <c>failover:component</c>).</summary>
        public string Event => $"{Kind.ToString().ToLowerInvariant()}:{Name}";

        public override string ToString() => Event;
    }
}
