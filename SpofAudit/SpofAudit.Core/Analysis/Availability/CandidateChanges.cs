using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The single changes worth trying on one component: one more replica (placed where its round-robin would put
    /// the next one), one more zone of its region (an instance moved there from its most crowded zone, or a new
    /// one), and a hot standby with automatic failover in place of a warm, cold or manual one.
    /// </summary>
    internal static class CandidateChanges
    {
        public static IEnumerable<CandidateChange> For(Component component, SpofModel model)
        {
            if (component.Scope == ComponentScope.None && component.Instances.Count > 0)
            {
                yield return AddReplica(component, model);
                var zone = AddZone(component, model);
                if (zone != null)
                {
                    yield return zone;
                }
            }

            if (component.Scope == ComponentScope.Zonal)
            {
                var zone = NewZone(component.Zones, component.Region ?? component.Zones.Select(model.RegionOfZone).FirstOrDefault(r => r != null), model);
                if (zone != null)
                {
                    yield return new CandidateChange(AvailabilityChangeKind.AddZone, $"run {component.Name} in zone {zone} too", ComponentVariant.With(component, zones: component.Zones.Concat(new[] { zone }).ToArray()));
                }
            }

            if (component.FailoverInterrupts)
            {
                yield return new CandidateChange(AvailabilityChangeKind.HotStandby, $"make the standby of {component.Name} hot with automatic failover", ComponentVariant.With(component, standby: new Standby(StandbyMode.Hot, FailoverMode.Automatic)));
            }
        }

        private static CandidateChange AddReplica(Component component, SpofModel model)
        {
            var n = component.Instances.Count;
            var zone = component.Zones.Count > 0 ? component.Zones[n % component.Zones.Count] : component.Instances[n % n].Zone;
            var instance = NewInstance(component, model, zone, component.Instances[0]);
            var where = zone == null ? string.Empty : $" in {zone}";
            return new CandidateChange(AvailabilityChangeKind.AddReplica, $"add instance {instance.Name} of {component.Name}{where}", ComponentVariant.With(component, instances: component.Instances.Concat(new[] { instance }).ToArray()));
        }

        private static CandidateChange? AddZone(Component component, SpofModel model)
        {
            var used = component.Instances.Select(i => i.Zone).Where(z => z != null).Select(z => z!).Distinct(StringComparer.Ordinal).ToArray();
            var region = component.Instances.Select(i => i.Region).FirstOrDefault(r => r != null) ?? component.Region;
            var zone = NewZone(used, region, model);
            if (zone == null)
            {
                return null;
            }

            var crowded = component.Instances.Where(i => i.Zone != null).GroupBy(i => i.Zone!, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault();
            if (crowded != null && crowded.Count() > 1)
            {
                var moved = crowded.Last();
                var instances = component.Instances.Select(i => ReferenceEquals(i, moved) ? Placed(i.Name, component, model, zone, i) : i).ToArray();
                return new CandidateChange(AvailabilityChangeKind.AddZone, $"move {moved.Name} of {component.Name} from {moved.Zone} to {zone}", ComponentVariant.With(component, instances: instances));
            }

            var added = NewInstance(component, model, zone, component.Instances[0]);
            return new CandidateChange(AvailabilityChangeKind.AddZone, $"add instance {added.Name} of {component.Name} in {zone}", ComponentVariant.With(component, instances: component.Instances.Concat(new[] { added }).ToArray()));
        }

        /// <summary>The first zone of the region (by the model's region map) that the component does not use yet.</summary>
        private static string? NewZone(IReadOnlyList<string> used, string? region, SpofModel model)
        {
            if (region == null || !model.Regions.TryGetValue(region, out var zones))
            {
                return null;
            }

            return zones.FirstOrDefault(z => !used.Contains(z, StringComparer.Ordinal));
        }

        private static Instance NewInstance(Component component, SpofModel model, string? zone, Instance template)
        {
            var number = component.Instances.Count + 1;
            var name = $"{component.Name}-{number}";
            while (model.FindInstanceOwner(name) != null)
            {
                name = $"{component.Name}-{++number}";
            }

            return Placed(name, component, model, zone, template);
        }

        /// <summary>An instance in <paramref name="zone"/> that shares only the component's own domains (its host or rack is new).</summary>
        private static Instance Placed(string name, Component component, SpofModel model, string? zone, Instance template)
        {
            var region = zone == null ? template.Region : model.RegionOfZone(zone) ?? component.Region ?? template.Region;
            return new Instance(name, zone, region, component.Domains, template.Location);
        }
    }
}
