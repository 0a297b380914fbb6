using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Testing
{
    /// <summary>Builds the benchmark architecture described on <see cref="RandomModels.Large"/>.</summary>
    internal sealed class LargeModelGenerator
    {
        private const int MaxPublicStacks = 250;
        private const int RacksPerZone = 8;
        private static readonly string[] RegionPool = { "us-east-1", "eu-west-1", "ap-south-1", "us-west-2", "eu-central-1" };

        private readonly Random _rng;
        private readonly int _target;
        private readonly List<Component> _components = new List<Component>();
        private readonly List<string> _entrypoints = new List<string>();
        private readonly Dictionary<string, IReadOnlyList<string>> _regionMap = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        private readonly List<Person> _people = new List<Person>();
        private readonly List<Team> _teams = new List<Team>();
        private readonly List<string> _stackLbs = new List<string>();
        private readonly Dictionary<string, int> _indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        private string[] _regions = Array.Empty<string>();

        public LargeModelGenerator(int componentCount, int seed)
        {
            _target = componentCount;
            _rng = new Random(seed);
        }

        /// <summary>The smallest model that still holds the platform and one stack.</summary>
        public static int MinimumComponents => 40;

        public SpofModel Build()
        {
            _regions = RegionPool.Take(Math.Min(RegionPool.Length, 2 + (_target / 5000))).ToArray();
            foreach (var region in _regions)
            {
                _regionMap[region] = new[] { region + "a", region + "b", region + "c" };
            }

            MakePeople();
            AddPlatform();
            var stack = 0;
            while (_target - _components.Count >= 6)
            {
                AddStack(stack++);
            }

            var job = 0;
            while (_components.Count < _target)
            {
                var region = _regions[job % _regions.Length];
                Add(Instanced($"job-{job++}", "worker", region, 1, 1, Deps("config-store", Soft("logging"), "object-store-" + region)));
            }

            return ModelParts.NewModel($"large-{_target}", _components, _entrypoints, _regionMap, _people, _teams);
        }

        private bool Chance(double p) => _rng.NextDouble() < p;

        private static Dependency Soft(string target) => ModelParts.Soft(target);

        private static List<Dependency> Deps(params object[] items) =>
            items.Select(i => i as Dependency ?? ModelParts.Hard((string)i)).ToList();

        private void Add(Component component)
        {
            _indexByName[component.Name] = _components.Count;
            _components.Add(component);
        }

        /// <summary>One team per ten stacks; a few teams have a single member, so a person is a sole owner.</summary>
        private void MakePeople()
        {
            var teamCount = Math.Max(2, _target / 60);
            for (var t = 0; t < teamCount; t++)
            {
                var size = t % 7 == 3 ? 1 : 2 + (t % 2);
                var members = Enumerable.Range(0, size).Select(m => $"eng-{t}-{m}").ToArray();
                _people.AddRange(members.Select(ModelParts.Person));
                _teams.Add(ModelParts.Team($"team-{t}", members));
            }
        }

        private string TeamFor(int stack) => _teams[stack % _teams.Count].Name;

        /// <summary>
        /// Shared services: global DNS, a 3-node auth service and a 3-node config store (quorum 2) in the
        /// first region, logging and a single metrics box (both soft), per region an object store
        /// (regional scope) and per zone a NAT gateway (zonal scope).
        /// </summary>
        private void AddPlatform()
        {
            var home = _regions[0];
            Add(ModelParts.Component("dns", "dns", Array.Empty<Instance>(), null, 1, ComponentScope.Global, owners: new[] { TeamFor(0) }));
            Add(Instanced("auth", "service", home, 3, 2, Deps("config-store"), owner: TeamFor(1)));
            Add(Instanced("config-store", "etcd", home, 3, 2, null, owner: TeamFor(1)));
            Add(Instanced("logging", "service", home, 2, 1, null, owner: TeamFor(2)));
            Add(Instanced("metrics", "service", home, 1, 1, null, owner: _people[0].Name));
            foreach (var region in _regions)
            {
                Add(ModelParts.Component("object-store-" + region, "s3", Array.Empty<Instance>(), null, 1, ComponentScope.Regional, region));
                foreach (var zone in _regionMap[region])
                {
                    Add(ModelParts.Component("nat-" + zone, "natgateway", Array.Empty<Instance>(), null, 1, ComponentScope.Zonal, region, new[] { zone }));
                }
            }
        }

        /// <summary>
        /// lb → app → db, cache (soft), queue, worker. Public stacks' load balancers are entrypoints; the
        /// others are called by an earlier stack's app, and one in forty calls back, closing a small cycle.
        /// </summary>
        private void AddStack(int s)
        {
            var region = _regions[s % _regions.Length];
            var zones = _regionMap[region];
            var name = $"svc{s:D4}";
            var team = TeamFor(s);
            var lb = name + "-lb";
            var app = name + "-app";

            var appDeps = Deps(name + "-db", Soft(name + "-cache"), name + "-queue", "auth", "dns", Soft("logging"), Soft("metrics"),
                ModelParts.AnyOf(false, zones.Select(z => "nat-" + z).ToArray()));
            var isPublic = s < 3 * MaxPublicStacks && s % 3 == 0;
            if (!isPublic)
            {
                if (_indexByName.TryGetValue($"svc{_rng.Next(s):D4}-app", out var caller))
                {
                    var c = _components[caller];
                    var callback = s % 40 == 7 ? new[] { ModelParts.Hard(c.Name.Replace("-app", "-lb")) } : Array.Empty<Dependency>();
                    _components[caller] = With(c, c.DependsOn.Append(ModelParts.Hard(lb)).ToList());
                    appDeps.AddRange(callback);
                }
            }
            else
            {
                _entrypoints.Add(lb);
            }

            var lbCount = Chance(0.1) ? 1 : 2;
            Add(Instanced(lb, "loadbalancer", region, lbCount, 1, Deps(app, "dns"), team, zones));
            Add(Instanced(app, "service", region, 3, Chance(0.3) ? 2 : 1, appDeps, team, zones));
            Add(Instanced(name + "-db", "postgres", region, Chance(0.1) ? 1 : 2, 1, Deps("object-store-" + region), Chance(0.05) ? _people[s % _people.Count].Name : team, zones));
            Add(Instanced(name + "-cache", "redis", region, Chance(0.5) ? 1 : 3, 1, null, team, zones));
            Add(Instanced(name + "-queue", "kafka", region, 3, 2, null, team, zones));
            Add(Instanced(name + "-worker", "worker", region, 2, 1, Deps(name + "-queue", name + "-db", ModelParts.AtLeast(2, false, zones.Select(z => "nat-" + z).ToArray())), team, zones));
            _stackLbs.Add(lb);
        }

        /// <summary>An instanced component spread round-robin over the zones, each instance on a random rack of its zone.</summary>
        private Component Instanced(string name, string kind, string region, int count, int minHealthy, List<Dependency>? deps, string? owner = null, IReadOnlyList<string>? zones = null)
        {
            zones ??= _regionMap[region];
            var start = _rng.Next(zones.Count);
            var instances = Enumerable.Range(0, count).Select(k =>
            {
                var zone = zones[(start + k) % zones.Count];
                return ModelParts.Instance($"{name}-{k + 1}", zone, region, new[] { $"rack-{zone}-{_rng.Next(RacksPerZone)}" });
            }).ToArray();
            return ModelParts.Component(name, kind, instances, deps, minHealthy, ComponentScope.None, region, zones, null, owner == null ? null : new[] { owner });
        }

        private static Component With(Component c, IReadOnlyList<Dependency> dependsOn) =>
            new Component(c.Name, c.Kind, c.Instances, c.MinHealthy, c.Scope, c.Region, c.Zones, c.Domains, dependsOn, c.Owners,
                c.Standby, c.Replication, c.Criticality, c.Availability, c.Tags, c.Location, c.Capacity, c.Quorum);
    }
}
