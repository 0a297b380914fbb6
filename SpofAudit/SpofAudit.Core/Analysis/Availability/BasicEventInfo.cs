namespace SpofAudit.Analysis.Availability
{
    /// <summary>What one basic event of the fault tree is, and how likely it is to have failed.</summary>
    internal sealed class BasicEventInfo
    {
        public BasicEventInfo(AvailabilityEventKind kind, string name, string? component, double failure)
        {
            Kind = kind;
            Name = name;
            Component = component;
            Failure = failure;
        }

        public AvailabilityEventKind Kind { get; }
        public string Name { get; }

        /// <summary>The component of an instance or failover event; null for zones, regions and domains.</summary>
        public string? Component { get; }

        public double Failure { get; }
    }
}
