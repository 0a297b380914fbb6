using System;
using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Turns a component into the units its local failure counts over (docs/design.md §4): its instances, or for
    /// a scoped service one unit per zone (zonal), one for its region (regional) or one that only its
    /// domains can fail (global). Every analysis reads placement through here, so they agree.
    /// </summary>
    internal static class PlacementUnits
    {
        public static PlacementUnit[] Of(Component component, SpofModel model)
        {
            var units = new PlacementUnit[Count(component)];
            Fill(component, model, units);
            return units;
        }

        /// <summary>How many units <see cref="Of"/> gives the component.</summary>
        public static int Count(Component component) => component.Scope switch
        {
            ComponentScope.None => component.Instances.Count,
            ComponentScope.Zonal => component.Zones.Count,
            _ => 1,
        };

        /// <summary>Writes the component's units into the first <see cref="Count"/> places of <paramref name="units"/>, so a hot loop can reuse one buffer.</summary>
        public static void Fill(Component component, SpofModel model, PlacementUnit[] units)
        {
            switch (component.Scope)
            {
                case ComponentScope.None:
                    var instances = component.Instances;
                    for (var i = 0; i < instances.Count; i++)
                    {
                        var instance = instances[i];
                        units[i] = new PlacementUnit(instance.Name, instance.Zone, instance.Region, instance.Domains);
                    }

                    break;
                case ComponentScope.Zonal:
                    var zones = component.Zones;
                    for (var i = 0; i < zones.Count; i++)
                    {
                        units[i] = new PlacementUnit(null, zones[i], model.RegionOfZone(zones[i]) ?? component.Region, component.Domains);
                    }

                    break;
                case ComponentScope.Regional:
                    units[0] = new PlacementUnit(null, null, component.Region, component.Domains);
                    break;
                case ComponentScope.Global:
                    units[0] = new PlacementUnit(null, null, null, component.Domains);
                    break;
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
