using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Testing
{
    /// <summary>
    /// Builds one varied model for property tests (see <see cref="RandomModels.Small"/>). Every draw comes
    /// from one seeded <see cref="Random"/>, so a seed reproduces its model exactly.
    /// </summary>
    internal sealed class SmallModelGenerator
    {
        private static readonly string[] Kinds = { "lb", "app", "api", "db", "cache", "queue", "dns", "auth", "etcd", "store", "worker", "nat" };
        private static readonly string[] Separators = { "-", ".", "_" };
        private static readonly string[] RegionPool = { "us-east-1", "eu.west", "ap_south", "r4" };
        private static readonly string[] DomainPool = { "rack-1", "rack-2", "rack-3", "power.A", "host_9", "acct \"prod\"" };
        private static readonly string[] PeoplePool = { "alice", "bob", "carol", "dan.o'neil" };

        private readonly Random _rng;

        // Draws for the deeper model fields (capacity, quorum) come from their own stream, so adding them left every
        // other draw, and so every model of earlier versions, as it was.
        private readonly Random _depth;
        private readonly List<string> _zones = new List<string>();
        private readonly List<string> _regions = new List<string>();
        private readonly Dictionary<string, IReadOnlyList<string>> _regionMap = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _zoneRegion = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _instanceNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _owners = new List<string>();
        private readonly List<Person> _people = new List<Person>();
        private readonly List<Team> _teams = new List<Team>();

        public SmallModelGenerator(int seed)
        {
            _rng = new Random(seed);
            _depth = new Random(unchecked(seed * 7919 + 17));
        }

        public SpofModel Build(int componentCount)
        {
            PickPlaces();
            PickPeople();
            var names = Enumerable.Range(0, componentCount).Select(ComponentName).ToArray();
            var components = new List<Component>();
            for (var i = 0; i < componentCount; i++)
            {
                components.Add(MakeComponent(i, names));
            }

            return ModelParts.NewModel($"random-{componentCount}", components, PickEntrypoints(names), _regionMap, _people, _teams);
        }

        private bool Chance(double p) => _rng.NextDouble() < p;

        private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

        private List<T> PickDistinct<T>(IReadOnlyList<T> items, int count) =>
            items.OrderBy(_ => _rng.Next()).Take(Math.Min(count, items.Count)).ToList();

        /// <summary>1-3 regions of 2-3 zones; usually a region map, sometimes none, sometimes a zone outside it.</summary>
        private void PickPlaces()
        {
            var useMap = Chance(0.7);
            foreach (var region in PickDistinct(RegionPool, 1 + _rng.Next(3)))
            {
                _regions.Add(region);
                var zones = Enumerable.Range(0, 2 + _rng.Next(2)).Select(z => region + (char)('a' + z)).ToArray();
                _zones.AddRange(zones);
                if (useMap)
                {
                    _regionMap[region] = zones;
                    foreach (var zone in zones)
                    {
                        _zoneRegion[zone] = region;
                    }
                }
            }

            if (Chance(0.2))
            {
                _zones.Add("edge-z");
            }
        }

        /// <summary>0-4 people and 0-2 teams (a team of one is a sole owner in disguise).</summary>
        private void PickPeople()
        {
            _people.AddRange(PickDistinct(PeoplePool, _rng.Next(5)).Select(ModelParts.Person));
            if (_people.Count == 0)
            {
                // A source without a people section (a cloud tag) may still name owners.
                if (Chance(0.3))
                {
                    _owners.Add("ghost");
                }

                return;
            }

            _owners.AddRange(_people.Select(p => p.Name));
            for (var t = 0; t < _rng.Next(3); t++)
            {
                var members = PickDistinct(_people, 1 + _rng.Next(3)).Select(p => p.Name).ToArray();
                _teams.Add(ModelParts.Team($"team-{t}", members));
                _owners.Add($"team-{t}");
            }
        }

        private string ComponentName(int i)
        {
            var name = Pick(Kinds) + Pick(Separators) + i;

            // Now and then a name that exporters must escape.
            return Chance(0.04) ? "we\"ird " + name : name;
        }

        private Component MakeComponent(int i, string[] names)
        {
            var name = names[i];
            var kind = Chance(0.8) ? name.Split('-', '.', '_', ' ')[0] : null;
            var domains = Chance(0.15) ? new[] { Pick(DomainPool) } : Array.Empty<string>();
            var dependsOn = MakeDependencies(i, names);
            var owners = Chance(0.4) && _owners.Count > 0 ? PickDistinct(_owners, 1 + _rng.Next(2)) : new List<string>();
            var criticality = Chance(0.2) ? (Criticality?)Pick(new[] { Criticality.Low, Criticality.Medium, Criticality.High }) : null;

            var roll = _rng.NextDouble();
            if (roll < 0.07)
            {
                var zones = PickDistinct(_zones, 1 + _rng.Next(3));
                var region = _zoneRegion.Count == 0 || Chance(0.2) ? Pick(_regions) : null;
                var zonalMinHealthy = 1 + _rng.Next(zones.Count);
                return ModelParts.Component(name, kind, Array.Empty<Instance>(), dependsOn, zonalMinHealthy, ComponentScope.Zonal, region, zones, domains, owners, criticality,
                    capacity: MaybeCapacity(zones.Count));
            }

            if (roll < 0.14)
            {
                return ModelParts.Component(name, kind, Array.Empty<Instance>(), dependsOn, 1, ComponentScope.Regional, Pick(_regions), null, domains, owners, criticality);
            }

            if (roll < 0.20)
            {
                var globalDomains = Chance(0.4) ? new[] { Pick(DomainPool) } : Array.Empty<string>();
                return ModelParts.Component(name, kind, Array.Empty<Instance>(), dependsOn, 1, ComponentScope.Global, null, null, globalDomains, owners, criticality);
            }

            return MakeInstanced(name, kind, domains, dependsOn, owners, criticality);
        }

        /// <summary>An ordinary component: a count placed round-robin over its zones, or an explicit list.</summary>
        private Component MakeInstanced(string name, string? kind, string[] domains, List<Dependency> dependsOn, List<string> owners, Criticality? criticality)
        {
            var count = Pick(new[] { 1, 1, 1, 2, 2, 2, 3, 3, 4 });
            var componentRegion = _zoneRegion.Count == 0 || Chance(0.15) ? Pick(_regions) : null;
            var instances = new List<Instance>();
            IReadOnlyList<string> componentZones;
            if (Chance(0.6))
            {
                componentZones = PickDistinct(_zones, _rng.Next(4));
                for (var k = 0; k < count; k++)
                {
                    var zone = componentZones.Count == 0 ? null : componentZones[k % componentZones.Count];
                    instances.Add(MakeInstance($"{name}-{k + 1}", zone, componentRegion, domains));
                }
            }
            else
            {
                componentZones = Array.Empty<string>();
                for (var k = 0; k < count; k++)
                {
                    var zone = Chance(0.85) ? Pick(_zones) : null;
                    var own = Chance(0.25) ? domains.Append(Pick(DomainPool)).Distinct().ToArray() : domains;
                    instances.Add(MakeInstance($"{name}.i{k + 1}", zone, componentRegion, own));
                }
            }

            var minHealthy = count == 1 || Chance(0.55) ? 1 : 2 + _rng.Next(count - 1);
            var quorum = count > 1 && _depth.NextDouble() < 0.12 ? QuorumRule.Majority : QuorumRule.None;
            if (quorum == QuorumRule.Majority)
            {
                minHealthy = count / 2 + 1;
            }

            Standby? standby = null;
            var replication = ReplicationMode.None;
            if (count > 1 && _depth.NextDouble() < 0.3)
            {
                standby = new Standby((StandbyMode)_depth.Next(3), (FailoverMode)_depth.Next(2));
            }

            if (count > 1 && _depth.NextDouble() < 0.3)
            {
                replication = (ReplicationMode)_depth.Next(3);
            }

            return ModelParts.Component(name, kind, instances, dependsOn, minHealthy, ComponentScope.None, componentRegion, componentZones, domains, owners, criticality,
                capacity: MaybeCapacity(count), quorum: quorum, standby: standby, replication: replication);
        }

        /// <summary>
        /// A quarter of components with several units get a capacity that needs 1..units of them at peak, sometimes
        /// exactly a multiple of the per-unit capacity (the edge of the ceiling).
        /// </summary>
        private Capacity? MaybeCapacity(int units)
        {
            if (units < 2 || _depth.NextDouble() >= 0.25)
            {
                return null;
            }

            var perInstance = new[] { 100.0, 250.0, 400.0 }[_depth.Next(3)];
            var needed = 1 + _depth.Next(units);
            var fraction = new[] { 0.25, 0.5, 0.75, 1.0 }[_depth.Next(4)];
            return new Capacity(perInstance, perInstance * (needed - 1 + fraction));
        }

        /// <summary>Resolves the instance's region the way the loader does: the region map first, then the component's.</summary>
        private Instance MakeInstance(string name, string? zone, string? componentRegion, IReadOnlyList<string> domains)
        {
            while (!_instanceNames.Add(name))
            {
                name += "~";
            }

            var region = zone != null && _zoneRegion.TryGetValue(zone, out var mapped) ? mapped : componentRegion;
            return ModelParts.Instance(name, zone, region, domains);
        }

        /// <summary>
        /// 0-3 dependencies, mostly on later components (a DAG), with some on any component so cycles
        /// form, also through anyOf and atLeast groups, and now and then a component on itself.
        /// </summary>
        private List<Dependency> MakeDependencies(int i, string[] names)
        {
            var result = new List<Dependency>();
            var later = names.Skip(i + 1).ToArray();
            for (var d = _rng.Next(4); d > 0; d--)
            {
                var pool = later.Length == 0 || Chance(0.12) ? names : later;
                var soft = Chance(0.2);
                var roll = _rng.NextDouble();
                if (roll < 0.55 || pool.Length < 2)
                {
                    result.Add(soft ? ModelParts.Soft(Pick(pool)) : ModelParts.Hard(Pick(pool)));
                }
                else if (roll < 0.8)
                {
                    result.Add(ModelParts.AnyOf(soft, PickDistinct(pool, 2 + _rng.Next(2)).ToArray()));
                }
                else
                {
                    var members = PickDistinct(pool, 2 + _rng.Next(3)).ToArray();
                    result.Add(ModelParts.AtLeast(1 + _rng.Next(members.Length), soft, members));
                }
            }

            return result;
        }

        private IReadOnlyList<string>? PickEntrypoints(string[] names)
        {
            if (Chance(0.5))
            {
                return null;
            }

            // Mostly early components (roots of the DAG), sometimes any.
            var pool = Chance(0.7) ? names.Take(Math.Max(1, names.Length / 3)).ToArray() : names;
            return PickDistinct(pool, 1 + _rng.Next(3));
        }
    }
}
