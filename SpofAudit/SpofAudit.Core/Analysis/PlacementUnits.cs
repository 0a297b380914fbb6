using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Turns a component into the units its local failure counts over (DESIGN §4): its instances, or for
    /// a scoped service one unit per zone (zonal), one for its region (regional) or one that only its
    /// domains can fail (global). Every analysis reads placement through here, so they agree.
    /// </summary>
    internal static class PlacementUnits
    {
        public static IReadOnlyList<PlacementUnit> Of(Component component, SpofModel model)
        {
            switch (component.Scope)
            {
                case ComponentScope.None:
                    return component.Instances
                        .Select(i => new PlacementUnit(i.Name, i.Zone, i.Region, i.Domains))
                        .ToArray();
                case ComponentScope.Zonal:
                    return component.Zones
                        .Select(z => new PlacementUnit(null, z, model.RegionOfZone(z) ?? component.Region, component.Domains))
                        .ToArray();
                case ComponentScope.Regional:
                    return new[] { new PlacementUnit(null, null, component.Region, component.Domains) };
                case ComponentScope.Global:
                    return new[] { new PlacementUnit(null, null, null, component.Domains) };
                default:
                    throw new ArgumentOutOfRangeException(nameof(component), component.Scope, "Unknown scope.");
            }
        }

        /// <summary>How many units must fail together to take the component down locally.</summary>
        public static int FailuresToBreak(Component component, int unitCount) =>
            Math.Max(1, unitCount - component.MinHealthy + 1);
    }
}
