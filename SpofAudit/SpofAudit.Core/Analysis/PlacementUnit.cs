using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// One thing that holds part of a component's capacity: an instance, or for a managed service the
    /// zone or region it runs in. A unit is down when any of the places it lives in fails, or, when
    /// <see cref="InstanceName"/> is set, when that instance fails itself.
    /// </summary>
    internal readonly struct PlacementUnit
    {
        public PlacementUnit(string? instanceName, string? zone, string? region, IReadOnlyList<string> domains)
        {
            InstanceName = instanceName;
            Zone = zone;
            Region = region;
            Domains = domains;
        }

        /// <summary>The instance's name; null for a managed service's unit, which has no failure of its own.</summary>
        public string? InstanceName { get; }

        public string? Zone { get; }
        public string? Region { get; }
        public IReadOnlyList<string> Domains { get; }
    }
}
