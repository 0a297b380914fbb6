using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Model
{
    /// <summary>
    /// The one dependency model every source builds and every analysis reads. Immutable; names are
    /// resolved and indexed once here so analyses never search lists.
    /// Build it from validated inputs (ModelValidator): the constructor trusts its arguments
    /// to be consistent (the loaders validate with source locations first).
    /// </summary>
    public sealed class SpofModel
    {
        private readonly Dictionary<string, Component> _components;
        private readonly Dictionary<string, Person> _people;
        private readonly Dictionary<string, Team> _teams;
        private readonly Dictionary<string, string> _zoneRegions;
        private readonly Dictionary<string, Component> _instanceOwners;

        public SpofModel(
            string name,
            IReadOnlyList<Component> components,
            IReadOnlyList<string>? explicitEntrypoints,
            IReadOnlyDictionary<string, IReadOnlyList<string>> regions,
            IReadOnlyList<Person> people,
            IReadOnlyList<Team> teams,
            IReadOnlyList<string> sources)
        {
            Name = name;
            Components = components;
            Regions = regions;
            People = people;
            Teams = teams;
            Sources = sources;
            _components = components.ToDictionary(c => c.Name, StringComparer.Ordinal);
            _people = people.ToDictionary(p => p.Name, StringComparer.Ordinal);
            _teams = teams.ToDictionary(t => t.Name, StringComparer.Ordinal);
            _zoneRegions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var region in regions)
            {
                foreach (var zone in region.Value)
                {
                    _zoneRegions[zone] = region.Key;
                }
            }

            _instanceOwners = new Dictionary<string, Component>(StringComparer.Ordinal);
            foreach (var component in components)
            {
                foreach (var instance in component.Instances)
                {
                    _instanceOwners[instance.Name] = component;
                }
            }

            HasExplicitEntrypoints = explicitEntrypoints is { Count: > 0 };
            Entrypoints = HasExplicitEntrypoints ? explicitEntrypoints! : DefaultEntrypoints(components);
            Zones = CollectZones(components, regions);
            RegionNames = CollectRegions(components, regions);
            DomainNames = CollectDomains(components);
        }

        public string Name { get; }
        public IReadOnlyList<Component> Components { get; }

        /// <summary>What "the system is up" means: these components must be up.</summary>
        public IReadOnlyList<string> Entrypoints { get; }

        /// <summary>False when the entrypoints were derived (components nothing depends on).</summary>
        public bool HasExplicitEntrypoints { get; }

        /// <summary>The region to zones map as declared.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Regions { get; }

        public IReadOnlyList<Person> People { get; }
        public IReadOnlyList<Team> Teams { get; }

        /// <summary>Every zone named anywhere in the model, sorted.</summary>
        public IReadOnlyList<string> Zones { get; }

        /// <summary>Every region named anywhere in the model, sorted.</summary>
        public IReadOnlyList<string> RegionNames { get; }

        /// <summary>Every shared-fate domain named anywhere in the model, sorted.</summary>
        public IReadOnlyList<string> DomainNames { get; }

        /// <summary>Where the model came from (file paths, or a cloud account description).</summary>
        public IReadOnlyList<string> Sources { get; }

        public Component? FindComponent(string name) => _components.TryGetValue(name, out var c) ? c : null;

        public Person? FindPerson(string name) => _people.TryGetValue(name, out var p) ? p : null;

        public Team? FindTeam(string name) => _teams.TryGetValue(name, out var t) ? t : null;

        /// <summary>The component an instance belongs to, by instance name.</summary>
        public Component? FindInstanceOwner(string instanceName) =>
            _instanceOwners.TryGetValue(instanceName, out var c) ? c : null;

        /// <summary>The region a zone belongs to according to the region map, if it is listed there.</summary>
        public string? RegionOfZone(string zone) => _zoneRegions.TryGetValue(zone, out var r) ? r : null;

        /// <summary>The people who can operate a component: its owners with teams expanded, sorted, distinct.</summary>
        public IReadOnlyList<string> OwnersOf(Component component)
        {
            var people = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var owner in component.Owners)
            {
                if (_teams.TryGetValue(owner, out var team))
                {
                    people.UnionWith(team.Members);
                }
                else
                {
                    people.Add(owner);
                }
            }

            return people.ToArray();
        }

        private static IReadOnlyList<string> DefaultEntrypoints(IReadOnlyList<Component> components)
        {
            var dependedOn = new HashSet<string>(
                components.SelectMany(c => c.DependsOn).SelectMany(d => d.Members), StringComparer.Ordinal);
            var roots = components.Where(c => !dependedOn.Contains(c.Name)).Select(c => c.Name).ToArray();

            // A model that is one big cycle has no natural root; every component then counts.
            return roots.Length > 0 ? roots : components.Select(c => c.Name).ToArray();
        }

        private static IReadOnlyList<string> CollectZones(
            IReadOnlyList<Component> components, IReadOnlyDictionary<string, IReadOnlyList<string>> regions)
        {
            var zones = new SortedSet<string>(regions.Values.SelectMany(z => z), StringComparer.Ordinal);
            foreach (var component in components)
            {
                zones.UnionWith(component.Zones);
                zones.UnionWith(component.Instances.Where(i => i.Zone != null).Select(i => i.Zone!));
            }

            return zones.ToArray();
        }

        private static IReadOnlyList<string> CollectRegions(
            IReadOnlyList<Component> components, IReadOnlyDictionary<string, IReadOnlyList<string>> regions)
        {
            var names = new SortedSet<string>(regions.Keys, StringComparer.Ordinal);
            foreach (var component in components)
            {
                if (component.Region != null)
                {
                    names.Add(component.Region);
                }

                names.UnionWith(component.Instances.Where(i => i.Region != null).Select(i => i.Region!));
            }

            return names.ToArray();
        }

        private static IReadOnlyList<string> CollectDomains(IReadOnlyList<Component> components)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var component in components)
            {
                names.UnionWith(component.Domains);
                foreach (var instance in component.Instances)
                {
                    names.UnionWith(instance.Domains);
                }
            }

            return names.ToArray();
        }
    }
}
