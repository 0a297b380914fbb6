using System;
using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Numbers the failure events of docs/design.md §4 for the order-2 pass: every zone, region and domain, then one
    /// event per <see cref="PlacementClass"/>, the instances of a component that live in the same places. The order-1
    /// <see cref="EventCatalog"/> lets one event stand for all instances of a component, which is exact for single
    /// failures only: two instances of one component failing together is a double fault. Instances in the same places
    /// are interchangeable (the fault tree maps to itself when two of them swap), so one event per class, with its
    /// size, is exact for pairs too: a class event is "any one of its instances", the pair of a class event with
    /// itself "any two of them". A component of 2,000 identical instances is then one event, not 2,000, and its
    /// two million symmetric pairs are one.
    /// </summary>
    internal sealed class InstanceEventCatalog
    {
        private readonly List<FailureEventKind> _kinds = new List<FailureEventKind>();
        private readonly List<string> _names = new List<string>();
        private readonly List<int> _components = new List<int>();
        private readonly List<List<string>?> _instances = new List<List<string>?>();
        private readonly List<string?> _where = new List<string?>();
        private readonly Dictionary<string, int> _places = new Dictionary<string, int>(StringComparer.Ordinal);

        public InstanceEventCatalog(SpofModel model)
        {
            AddPlaces(FailureEventKind.Zone, model.Zones);
            AddPlaces(FailureEventKind.Region, model.RegionNames);
            AddPlaces(FailureEventKind.Domain, model.DomainNames);

            var components = model.Components;
            Classes = new PlacementClass[components.Count][];
            var byPlaces = new Dictionary<int[], int>(PlaceSetComparer.Instance);
            var classes = new List<(int[] Places, int Units, List<string>? Instances, PlacementUnit First)>();
            var placeBuffer = new List<int>();
            for (var c = 0; c < components.Count; c++)
            {
                byPlaces.Clear();
                classes.Clear();
                foreach (var unit in PlacementUnits.Of(components[c], model))
                {
                    var places = PlacesOf(unit, placeBuffer);
                    if (byPlaces.TryGetValue(places, out var k))
                    {
                        var (kept, units, instances, first) = classes[k];
                        instances?.Add(unit.InstanceName!);
                        classes[k] = (kept, units + 1, instances, first);
                    }
                    else
                    {
                        byPlaces[places] = classes.Count;
                        classes.Add((places, 1, unit.InstanceName != null ? new List<string> { unit.InstanceName } : null, unit));
                    }
                }

                var result = new PlacementClass[classes.Count];
                for (var k = 0; k < classes.Count; k++)
                {
                    var (places, units, instances, first) = classes[k];
                    var e = instances == null ? -1 : AddClass(c, components[c].Name, instances, classes.Count > 1 ? Where(first) : null);
                    result[k] = new PlacementClass(e, units, places);
                }

                Classes[c] = result;
            }
        }

        public int Count => _kinds.Count;

        /// <summary>Per component: its units grouped into classes of units in the same places, in the order their first unit comes.</summary>
        public PlacementClass[][] Classes { get; }

        public FailureEventKind KindOf(int id) => _kinds[id];

        /// <summary>
        /// The zone, region or domain name; for a class event, its instance's name when it holds one instance, else the
        /// component's name.
        /// </summary>
        public string NameOf(int id) => _names[id];

        /// <summary>The component a class event belongs to; -1 for zones, regions and domains.</summary>
        public int ComponentOf(int id) => _components[id];

        /// <summary>How many instances a class event stands for; 1 for zones, regions and domains.</summary>
        public int SizeOf(int id) => _instances[id]?.Count ?? 1;

        /// <summary>The instances of a class event, in model order; empty for zones, regions and domains.</summary>
        public IReadOnlyList<string> InstancesOf(int id) => _instances[id] ?? (IReadOnlyList<string>)Array.Empty<string>();

        /// <summary>
        /// For a class of a component whose instances fall into several classes: its places ("us-east-1a, us-east-1"),
        /// what tells it from the component's other classes; null when the class holds all the component's instances.
        /// </summary>
        public string? WhereOf(int id) => _where[id];

        /// <summary>The unit's place events, sorted and distinct: its class key.</summary>
        private int[] PlacesOf(PlacementUnit unit, List<int> buffer)
        {
            buffer.Clear();
            if (unit.Zone != null)
            {
                buffer.Add(_places[Key(FailureEventKind.Zone, unit.Zone)]);
            }

            if (unit.Region != null)
            {
                buffer.Add(_places[Key(FailureEventKind.Region, unit.Region)]);
            }

            foreach (var domain in unit.Domains)
            {
                var id = _places[Key(FailureEventKind.Domain, domain)];
                if (!buffer.Contains(id))
                {
                    buffer.Add(id);
                }
            }

            buffer.Sort();
            return buffer.ToArray();
        }

        /// <summary>"us-east-1a, us-east-1, rack-1": the zone, the region, then the domains in ordinal order.</summary>
        private static string Where(PlacementUnit unit)
        {
            var names = new List<string>(2 + unit.Domains.Count);
            if (unit.Zone != null)
            {
                names.Add(unit.Zone);
            }

            if (unit.Region != null)
            {
                names.Add(unit.Region);
            }

            var domains = new List<string>(unit.Domains);
            domains.Sort(StringComparer.Ordinal);
            foreach (var domain in domains)
            {
                if (!names.Contains(domain))
                {
                    names.Add(domain);
                }
            }

            return names.Count == 0 ? "no zone or region" : string.Join(", ", names);
        }

        private void AddPlaces(FailureEventKind kind, IReadOnlyList<string> names)
        {
            foreach (var name in names)
            {
                _places[Key(kind, name)] = Add(kind, name, -1, null, null);
            }
        }

        private int AddClass(int component, string componentName, List<string> instances, string? where) =>
            Add(FailureEventKind.Instance, instances.Count == 1 ? instances[0] : componentName, component, instances, where);

        private int Add(FailureEventKind kind, string name, int component, List<string>? instances, string? where)
        {
            _kinds.Add(kind);
            _names.Add(name);
            _components.Add(component);
            _instances.Add(instances);
            _where.Add(where);
            return _kinds.Count - 1;
        }

        private static string Key(FailureEventKind kind, string name) => (char)('0' + (int)kind) + name;
    }
}
