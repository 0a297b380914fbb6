using System;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>One change to the model and the availability of an entrypoint before and after it.</summary>
    public sealed class AvailabilityChange
    {
        public AvailabilityChange(AvailabilityChangeKind kind, string component, string description, double unavailabilityBefore, double unavailabilityAfter)
        {
            Kind = kind;
            Component = component;
            Description = description;
            UnavailabilityBefore = unavailabilityBefore;
            UnavailabilityAfter = unavailabilityAfter;
        }

        public AvailabilityChangeKind Kind { get; }
        public string Component { get; }

        /// <summary>What to do, in words: "add a third instance of db in us-east-1b".</summary>
        public string Description { get; }

        public double UnavailabilityBefore { get; }
        public double UnavailabilityAfter { get; }
        public double NinesBefore => NinesScale.Of(UnavailabilityBefore);
        public double NinesAfter => NinesScale.Of(UnavailabilityAfter);

        /// <summary>How many nines the change buys (infinite when it removes every way down).</summary>
        public double NinesGained => NinesAfter - NinesBefore;

        public override string ToString() => $"{Description}: {NinesScale.Format(NinesBefore)} -> {NinesScale.Format(NinesAfter)} nines";
    }
}
