using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Numbers the failure events of docs/design.md §4 one by one: every instance, then every zone, region and domain.
    /// The order-1 <see cref="EventCatalog"/> lets one event stand for all instances of a component, which is exact
    /// for single failures only: two instances of one component failing together is a double fault, one of them
    /// with one of another component's is not the same thing.
    /// </summary>
    internal sealed class InstanceEventCatalog
    {
        private readonly List<FailureEventKind> _kinds = new List<FailureEventKind>();
        private readonly List<string> _names = new List<string>();
        private readonly List<int> _components = new List<int>();
        private readonly Dictionary<string, int> _places = new Dictionary<string, int>(System.StringComparer.Ordinal);

        public InstanceEventCatalog(SpofModel model)
        {
            var components = model.Components;
            UnitEvents = new int[components.Count][][];
            for (var c = 0; c < components.Count; c++)
            {
                if (components[c].Scope != ComponentScope.None)
                {
                    continue; // a scoped component fails with its zone or region: no instance events
                }

                foreach (var instance in components[c].Instances)
                {
                    Add(FailureEventKind.Instance, instance.Name, c);
                }
            }

            AddPlaces(FailureEventKind.Zone, model.Zones);
            AddPlaces(FailureEventKind.Region, model.RegionNames);
            AddPlaces(FailureEventKind.Domain, model.DomainNames);

            var next = 0;
            for (var c = 0; c < components.Count; c++)
            {
                var units = PlacementUnits.Of(components[c], model);
                var events = new int[units.Length][];
                for (var u = 0; u < units.Length; u++)
                {
                    events[u] = EventsOf(units[u], units[u].InstanceName != null ? next++ : -1);
                }

                UnitEvents[c] = events;
            }
        }

        public int Count => _kinds.Count;

        /// <summary>Per component, per placement unit: the events that take that unit down.</summary>
        public int[][][] UnitEvents { get; }

        public FailureEventKind KindOf(int id) => _kinds[id];

        /// <summary>The instance, zone, region or domain name.</summary>
        public string NameOf(int id) => _names[id];

        /// <summary>The component an instance event belongs to; -1 for zones, regions and domains.</summary>
        public int ComponentOf(int id) => _components[id];

        private int[] EventsOf(PlacementUnit unit, int instanceEvent)
        {
            var events = new List<int>(3 + unit.Domains.Count);
            if (instanceEvent >= 0)
            {
                events.Add(instanceEvent);
            }

            if (unit.Zone != null)
            {
                events.Add(_places[Key(FailureEventKind.Zone, unit.Zone)]);
            }

            if (unit.Region != null)
            {
                events.Add(_places[Key(FailureEventKind.Region, unit.Region)]);
            }

            foreach (var domain in unit.Domains)
            {
                var id = _places[Key(FailureEventKind.Domain, domain)];
                if (!events.Contains(id))
                {
                    events.Add(id);
                }
            }

            return events.ToArray();
        }

        private void AddPlaces(FailureEventKind kind, IReadOnlyList<string> names)
        {
            foreach (var name in names)
            {
                _places[Key(kind, name)] = Add(kind, name, -1);
            }
        }

        private int Add(FailureEventKind kind, string name, int component)
        {
            _kinds.Add(kind);
            _names.Add(name);
            _components.Add(component);
            return _kinds.Count - 1;
        }

        private static string Key(FailureEventKind kind, string name) => (char)('0' + (int)kind) + name;
    }
}
