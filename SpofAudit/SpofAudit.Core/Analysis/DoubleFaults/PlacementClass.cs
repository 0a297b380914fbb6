namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Units of one component that live in exactly the same places (zone, region, domains): interchangeable, since
    /// swapping two of them maps the fault tree to itself. One event (<see cref="Event"/>) stands for "one of them
    /// fails"; a managed service's units, which have no failure of their own, have none.
    /// </summary>
    internal readonly struct PlacementClass
    {
        public PlacementClass(int @event, int units, int[] places)
        {
            Event = @event;
            Units = units;
            Places = places;
        }

        /// <summary>The class's event, or -1 for units that only their places can fail.</summary>
        public int Event { get; }

        /// <summary>How many units the class holds.</summary>
        public int Units { get; }

        /// <summary>The zone, region and domain events that take every unit of the class down, sorted.</summary>
        public int[] Places { get; }
    }
}
