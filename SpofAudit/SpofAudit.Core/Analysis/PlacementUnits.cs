using System;
using System.Collections.Generic;
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
        public static PlacementUnit[] Of(Component component, SpofModel model)
        {
            switch (component.Scope)
            {
                case ComponentScope.None:
                    var instances = component.Instances;
                    var units = new PlacementUnit[instances.Count];
                    for (var i = 0; i < units.Length; i++)
                    {
                        var instance = instances[i];
                        units[i] = new PlacementUnit(instance.Name, instance.Zone, instance.Region, instance.Domains);
                    }

                    return units;
                case ComponentScope.Zonal:
                    var zones = component.Zones;
                    var zonal = new PlacementUnit[zones.Count];
                    for (var i = 0; i < zonal.Length; i++)
                    {
                        zonal[i] = new PlacementUnit(null, zones[i], model.RegionOfZone(zones[i]) ?? component.Region, component.Domains);
                    }

                    return zonal;
                case ComponentScope.Regional:
                    return new[] { new PlacementUnit(null, null, component.Region, component.Domains) };
                case ComponentScope.Global:
                    return new[] { new PlacementUnit(null, null, null, component.Domains) };
                default:
                    throw new ArgumentOutOfRangeException(nameof(component), component.Scope, "Unknown scope.");
            }
        }

        /// <summary>How many units must fail together to take the component down locally.</summary>
        public static int FailuresToBreak(Component component, int unitCount, FailureSemantics semantics = FailureSemantics.Full) =>
            Math.Max(1, unitCount - MinHealthy(component, semantics) + 1);

        /// <summary>How many units must be up: the effective minimum (capacity included) unless the semantics leave capacity out.</summary>
        public static int MinHealthy(Component component, FailureSemantics semantics = FailureSemantics.Full) =>
            (semantics & FailureSemantics.WithoutCapacity) != 0 ? component.MinHealthy : component.EffectiveMinHealthy;
    }
}
