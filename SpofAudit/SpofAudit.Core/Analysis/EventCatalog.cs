using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Numbers the order-1 failure events of a model densely so sets of them are sorted int arrays.
    /// Event i below the component count means "one instance of component i fails": all instances of a
    /// component have the same effect alone, so one stands for all. Zones, regions, domains and people follow.
    /// </summary>
    internal sealed class EventCatalog
    {
        private readonly Dictionary<string, int> _zones = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _regions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _domains = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, int> _people = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<FailureEventKind> _kinds;
        private readonly List<string> _names;

        [MethodImpl(HotPath.Optimized)]
        public EventCatalog(SpofModel model)
        {
            var count = model.Components.Count + model.Zones.Count + model.RegionNames.Count + model.DomainNames.Count + model.PersonNames.Count;
            _kinds = new List<FailureEventKind>(count);
            _names = new List<string>(count);
            foreach (var component in model.Components)
            {
                Add(FailureEventKind.Instance, component.Name);
            }

            foreach (var zone in model.Zones)
            {
                _zones[zone] = Add(FailureEventKind.Zone, zone);
            }

            foreach (var region in model.RegionNames)
            {
                _regions[region] = Add(FailureEventKind.Region, region);
            }

            foreach (var domain in model.DomainNames)
            {
                _domains[domain] = Add(FailureEventKind.Domain, domain);
            }

            foreach (var person in model.PersonNames)
            {
                _people[person] = Add(FailureEventKind.Person, person);
            }
        }

        public int Count => _kinds.Count;

        public FailureEventKind KindOf(int id) => _kinds[id];

        /// <summary>The event's target: the component name for instance events, else the zone, region... name.</summary>
        public string NameOf(int id) => _names[id];

        public int Zone(string name) => _zones[name];

        public int Region(string name) => _regions[name];

        public int Domain(string name) => _domains[name];

        public int Person(string name) => _people[name];

        private int Add(FailureEventKind kind, string name)
        {
            _kinds.Add(kind);
            _names.Add(name);
            return _kinds.Count - 1;
        }
    }
}
