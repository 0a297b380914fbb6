using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Model
{
    /// <summary>
    /// The one dependency model every source builds and every analysis reads. Immutable; names are
    /// resolved and indexed once here so analyses never search lists.
    /// Only <see cref="ModelBuilder"/> (and in-engine reductions of a built model) construct it: the constructors
    /// trust their arguments to be consistent, so they are internal and every source goes through the builder's checks.
    /// </summary>
    public sealed class SpofModel
    {
        private readonly Dictionary<string, int> _componentIndex;
        private readonly Dictionary<string, Person> _people;
        private readonly Dictionary<string, Team> _teams;
        private readonly Dictionary<string, IReadOnlyList<string>> _teamPeople;
        private readonly Dictionary<string, string> _zoneRegions;
        private readonly Dictionary<string, Component> _instanceOwners;

        internal SpofModel(
            string name,
            IReadOnlyList<Component> components,
            IReadOnlyList<string>? explicitEntrypoints,
            IReadOnlyDictionary<string, IReadOnlyList<string>> regions,
            IReadOnlyList<Person> people,
            IReadOnlyList<Team> teams,
            IReadOnlyList<string> sources,
            IReadOnlyCollection<string>? undisclosedZones = null)
            : this(name, components, explicitEntrypoints, regions, people, teams, ModelProvenance.OfFiles(sources), undisclosedZones)
        {
        }

        internal SpofModel(
            string name,
            IReadOnlyList<Component> components,
            IReadOnlyList<string>? explicitEntrypoints,
            IReadOnlyDictionary<string, IReadOnlyList<string>> regions,
            IReadOnlyList<Person> people,
            IReadOnlyList<Team> teams,
            ModelProvenance provenance,
            IReadOnlyCollection<string>? undisclosedZones = null)
        {
            UndisclosedZones = undisclosedZones ?? Array.Empty<string>();
            Name = name;
            Components = components;
            Regions = regions;
            People = people;
            Teams = teams;
            Provenance = provenance;
            Sources = provenance.SourceLines;
            _componentIndex = new Dictionary<string, int>(components.Count, StringComparer.Ordinal);
            for (var i = 0; i < components.Count; i++)
            {
                _componentIndex.Add(components[i].Name, i);
            }

            _people = people.ToDictionary(p => p.Name, StringComparer.Ordinal);
            _teams = teams.ToDictionary(t => t.Name, StringComparer.Ordinal);
            _teamPeople = teams.ToDictionary(
                t => t.Name,
                t => (IReadOnlyList<string>)Sorted(new HashSet<string>(t.Members, StringComparer.Ordinal)),
                StringComparer.Ordinal);
            _zoneRegions = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var region in regions)
            {
                foreach (var zone in region.Value)
                {
                    _zoneRegions[zone] = region.Key;
                }
            }

            _instanceOwners = new Dictionary<string, Component>(components.Sum(c => c.Instances.Count), StringComparer.Ordinal);
            foreach (var component in components)
            {
                foreach (var instance in component.Instances)
                {
                    _instanceOwners[instance.Name] = component;
                }
            }

            DependencyMembers = ResolveDependencies(components, _componentIndex);
            HasExplicitEntrypoints = explicitEntrypoints is { Count: > 0 };
            Entrypoints = HasExplicitEntrypoints ? explicitEntrypoints! : DefaultEntrypoints(components, DependencyMembers);
            (Zones, RegionNames, DomainNames) = CollectPlaces(components, regions);
            PersonNames = CollectPeople(people, components, _teams);
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

        /// <summary>
        /// Everyone who can be unavailable: the declared people, then, in component order, every owner that is
        /// not a team and every member of an owning team. A source without a people section (a cloud tag)
        /// may still name an owner, who then counts as a person.
        /// </summary>
        public IReadOnlyList<string> PersonNames { get; }

        /// <summary>
        /// Where the model came from (file paths, or a cloud account description), one line per source followed by
        /// what of it could not be read: <see cref="ModelProvenance.SourceLines"/> of <see cref="Provenance"/>.
        /// </summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>Every source as data, and the parts of them that could not be read.</summary>
        public ModelProvenance Provenance { get; }

        /// <summary>
        /// Zones that stand for a placement the provider does not disclose (an Azure resource in no zone gets its region's
        /// <c>&lt;region&gt;-nozone</c>): each is one real but unknown zone, whose remedy is zone redundancy, not a second zone.
        /// </summary>
        public IReadOnlyCollection<string> UndisclosedZones { get; }

        /// <summary>Whether <paramref name="zone"/> is one of <see cref="UndisclosedZones"/>.</summary>
        public bool IsZoneUndisclosed(string zone) => UndisclosedZones.Contains(zone);

        public Component? FindComponent(string name) => _componentIndex.TryGetValue(name, out var i) ? Components[i] : null;

        /// <summary>Each component's position in <see cref="Components"/>, by name: the analysis numbers its graph by it.</summary>
        internal IReadOnlyDictionary<string, int> ComponentIndex => _componentIndex;

        /// <summary>
        /// Per component, the positions in <see cref="Components"/> of its dependencies' members: every member
        /// name of every <c>dependsOn</c> entry in the order written, -1 for a name that is no component.
        /// Resolved here once so an analysis reads integers instead of looking names up.
        /// </summary>
        internal int[][] DependencyMembers { get; }

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
            var owners = component.Owners;
            if (owners.Count == 0)
            {
                return Array.Empty<string>();
            }

            // The common cases, one person or one team, need no set: a team's members are kept expanded.
            if (owners.Count == 1)
            {
                return _teamPeople.TryGetValue(owners[0], out var members) ? members : new[] { owners[0] };
            }

            var people = new HashSet<string>(StringComparer.Ordinal);
            foreach (var owner in owners)
            {
                if (_teamPeople.TryGetValue(owner, out var members))
                {
                    people.UnionWith(members);
                }
                else
                {
                    people.Add(owner);
                }
            }

            return Sorted(people);
        }

        private static IReadOnlyList<string> CollectPeople(
            IReadOnlyList<Person> people, IReadOnlyList<Component> components, Dictionary<string, Team> teams)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var names = new List<string>();
            void Add(string name)
            {
                if (seen.Add(name))
                {
                    names.Add(name);
                }
            }

            foreach (var person in people)
            {
                Add(person.Name);
            }

            foreach (var component in components)
            {
                foreach (var owner in component.Owners)
                {
                    if (teams.TryGetValue(owner, out var team))
                    {
                        foreach (var member in team.Members)
                        {
                            Add(member);
                        }
                    }
                    else
                    {
                        Add(owner);
                    }
                }
            }

            return names.ToArray();
        }

        private static int[][] ResolveDependencies(IReadOnlyList<Component> components, Dictionary<string, int> index)
        {
            var resolved = new int[components.Count][];
            for (var c = 0; c < components.Count; c++)
            {
                var dependsOn = components[c].DependsOn;
                var total = 0;
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    total += dependsOn[d].Members.Count;
                }

                var members = total == 0 ? Array.Empty<int>() : new int[total];
                var next = 0;
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    foreach (var name in dependsOn[d].Members)
                    {
                        members[next++] = index.TryGetValue(name, out var position) ? position : -1;
                    }
                }

                resolved[c] = members;
            }

            return resolved;
        }

        private static IReadOnlyList<string> DefaultEntrypoints(IReadOnlyList<Component> components, int[][] dependencyMembers)
        {
            var dependedOn = new bool[components.Count];
            foreach (var members in dependencyMembers)
            {
                foreach (var member in members)
                {
                    if (member >= 0)
                    {
                        dependedOn[member] = true;
                    }
                }
            }

            var roots = components.Where((c, i) => !dependedOn[i]).Select(c => c.Name).ToArray();

            // A model that is one big cycle has no natural root; every component then counts.
            return roots.Length > 0 ? roots : components.Select(c => c.Name).ToArray();
        }

        /// <summary>Every zone, region and domain named anywhere, each sorted; one pass over the instances.</summary>
        private static (string[] Zones, string[] Regions, string[] Domains) CollectPlaces(
            IReadOnlyList<Component> components, IReadOnlyDictionary<string, IReadOnlyList<string>> regions)
        {
            var zones = new HashSet<string>(StringComparer.Ordinal);
            var regionNames = new HashSet<string>(regions.Keys, StringComparer.Ordinal);
            var domains = new HashSet<string>(StringComparer.Ordinal);
            foreach (var zoneList in regions.Values)
            {
                zones.UnionWith(zoneList);
            }

            foreach (var component in components)
            {
                zones.UnionWith(component.Zones);
                domains.UnionWith(component.Domains);
                if (component.Region != null)
                {
                    regionNames.Add(component.Region);
                }

                foreach (var instance in component.Instances)
                {
                    if (instance.Zone != null)
                    {
                        zones.Add(instance.Zone);
                    }

                    if (instance.Region != null)
                    {
                        regionNames.Add(instance.Region);
                    }

                    domains.UnionWith(instance.Domains);
                }
            }

            return (Sorted(zones), Sorted(regionNames), Sorted(domains));
        }

        private static string[] Sorted(HashSet<string> names)
        {
            var array = new string[names.Count];
            names.CopyTo(array);
            Array.Sort(array, StringComparer.Ordinal);
            return array;
        }
    }
}
