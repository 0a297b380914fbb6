using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// The one place that turns spec-level facts into a resolved, validated <see cref="SpofModel"/>. Every
    /// source (YAML files, later AWS and Azure) adds what it read, then calls <see cref="Build"/>.
    /// </summary>
    /// <remarks>
    /// Rules (docs/design.md §3, §7):
    /// <list type="bullet">
    /// <item>Components, people and teams share one namespace; regions have their own. A name added twice is a
    /// <c>DuplicateName</c> error that names both places; the first definition is kept.</item>
    /// <item>A zone may belong to one region only (<c>DuplicateZone</c>). When a region map exists, every zone used
    /// by a component or instance must be in it (<c>UnknownZone</c>).</item>
    /// <item>Instances given as a count n are named <c>name-1..name-n</c>; instance i (from 0) gets zone
    /// <c>zones[i mod zones.Count]</c>, as does a listed instance without a zone. A listed instance's zone must be
    /// one of the component's zones when those are given. Instance names are unique across the model.</item>
    /// <item>An instance's region comes from the region map via its zone, else its own region, else the
    /// component's; a disagreement with the map is a <c>RegionConflict</c>. Its domains are the component's
    /// followed by its own, distinct.</item>
    /// <item>Scopes: zonal needs zones, regional needs a region (given, or the single region of its zones),
    /// global needs neither; none of them may have instances.</item>
    /// <item><c>minHealthy</c> (default 1) lies in 1..units, where units are the instances, the zones of a zonal
    /// service, or 1 for a regional or global one.</item>
    /// <item>Dependencies, owners, team members and entrypoints must name declared components, people or teams.
    /// Cycles and self-dependencies are legal.</item>
    /// </list>
    /// All problems are collected; <see cref="Build"/> throws one <see cref="SpofInputException"/> with every
    /// diagnostic, ordered by source and position.
    /// </remarks>
    public sealed class ModelBuilder
    {
        /// <summary>Default bound on the instances a model may hold (a count such as 10^9 must not exhaust memory).</summary>
        public const int DefaultMaxInstances = 2_000_000;

        private readonly int _maxInstances;
        private readonly DiagnosticList _diagnostics = new DiagnosticList();
        private readonly List<SpofDiagnostic> _sourceDiagnostics = new List<SpofDiagnostic>();
        private readonly List<string> _sources = new List<string>();
        private readonly List<InventorySource> _provenanceSources = new List<InventorySource>();
        private readonly List<UnreadPart> _unread = new List<UnreadPart>();
        private readonly Dictionary<string, NameReference> _evidencedOwners = new Dictionary<string, NameReference>(StringComparer.Ordinal);
        private readonly List<NameReference> _entrypoints = new List<NameReference>();
        private readonly HashSet<string> _entrypointNames = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Kind, SourceLocation Location)> _names =
            new Dictionary<string, (string Kind, SourceLocation Location)>(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceLocation> _regionNames = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        private readonly List<(NameReference Region, IReadOnlyList<NameReference> Zones)> _regions =
            new List<(NameReference Region, IReadOnlyList<NameReference> Zones)>();
        private readonly List<Person> _people = new List<Person>();
        private readonly List<(NameReference Team, IReadOnlyList<NameReference> Members)> _teams =
            new List<(NameReference Team, IReadOnlyList<NameReference> Members)>();
        private readonly List<ComponentSpec> _components = new List<ComponentSpec>();
        private Dictionary<string, ComponentSpec>? _componentIndex;
        private readonly SortedSet<string> _undisclosedZones = new SortedSet<string>(StringComparer.Ordinal);
        private bool _anyComponentAdded;

        /// <param name="maxInstances">Most instances the model may hold in total; beyond it <c>TooManyInstances</c>.</param>
        public ModelBuilder(int maxInstances = DefaultMaxInstances)
        {
            _maxInstances = maxInstances;
        }

        /// <summary>The model's name; a source sets it when it has one and it is still unset (first wins).</summary>
        public string? Name { get; set; }

        /// <summary>Used when no source gave <see cref="Name"/>, e.g. the first file's name without extension.</summary>
        public string FallbackName { get; set; } = "model";

        /// <summary>
        /// Where a document would list the model's components: its <c>components</c> value, or the document itself
        /// when it has none. The "no components" error points there; the first document read sets it.
        /// </summary>
        public SourceLocation? ComponentsLocation { get; set; }

        /// <summary>Records where the model came from (a file path, an account description).</summary>
        public void AddSource(string source) => AddSource(InventorySource.File(source));

        /// <summary>Records a source the model was read from.</summary>
        public void AddSource(InventorySource source)
        {
            _provenanceSources.Add(source);
            _sources.Add(source.Description);
        }

        /// <summary>Records a part of a source that could not be read; its source must be added too (<see cref="Build"/> checks).</summary>
        public void AddUnread(UnreadPart part) => _unread.Add(part);

        /// <summary>Adds an entrypoint; repeats are merged, keeping the order of first appearance.</summary>
        public void AddEntrypoint(NameReference component)
        {
            if (_entrypointNames.Add(component.Name))
            {
                _entrypoints.Add(component);
            }
        }

        /// <summary>Marks <paramref name="zone"/> as standing for a zone the provider does not disclose (<see cref="SpofModel.UndisclosedZones"/>).</summary>
        public void MarkZoneUndisclosed(string zone) => _undisclosedZones.Add(zone);

        public void AddRegion(NameReference region, IReadOnlyList<NameReference> zones)
        {
            if (CheckName(region, "region") && Declare(_regionNames, region, "region"))
            {
                _regions.Add((region, zones));
            }
        }

        public void AddPerson(NameReference person)
        {
            // In overlay mode a person may be named by both a source (an owner tag) and an overlay: one person.
            if (ExtendExistingComponents && _names.TryGetValue(person.Name, out var known) && known.Kind == "person")
            {
                return;
            }

            if (CheckName(person, "person") && DeclareShared(person, "person"))
            {
                _people.Add(new Person(person.Name, person.Location ?? SourceLocation.None));
            }
        }

        /// <summary>
        /// An owner that evidence (a CODEOWNERS rule) names: a person unless the model declares a person or team of
        /// that name, in any file, whenever it is added. Evidence need not repeat the model's people section.
        /// </summary>
        public void AddEvidencedOwner(NameReference owner)
        {
            if (!_evidencedOwners.ContainsKey(owner.Name))
            {
                _evidencedOwners.Add(owner.Name, owner);
            }
        }

        public void AddTeam(NameReference team, IReadOnlyList<NameReference> members)
        {
            if (CheckName(team, "team") && DeclareShared(team, "team"))
            {
                _teams.Add((team, members));
            }
        }

        /// <summary>
        /// Overlay mode: a component added under the name of one already added (e.g. discovered in a cloud account)
        /// extends it instead of being a <c>DuplicateName</c> (see <see cref="ComponentOverlay"/>).
        /// </summary>
        public bool ExtendExistingComponents { get; set; }

        /// <summary>
        /// The component specs added so far, for evidence read apart from them (a Backstage catalog given beside the
        /// model) to join their owners before <see cref="Build"/>.
        /// </summary>
        public IReadOnlyList<ComponentSpec> Components => _components;

        /// <summary>Whether a component, person or team of that name has been added (evidence then joins it, not a new one).</summary>
        public bool IsDeclared(string name) => _names.ContainsKey(name);

        /// <summary>Whether any entrypoint has been added, so a source can offer defaults only when none was named.</summary>
        public bool HasEntrypoints => _entrypoints.Count > 0;

        public void AddComponent(ComponentSpec component)
        {
            _anyComponentAdded = true;
            if (ExtendExistingComponents && _names.TryGetValue(component.Name, out var existing) && existing.Kind == "component")
            {
                // Indexed only once an overlay needs it: plain YAML loading never pays for the index.
                _componentIndex ??= _components.ToDictionary(c => c.Name, StringComparer.Ordinal);
                ComponentOverlay.Extend(_componentIndex[component.Name], component, _diagnostics);
                return;
            }

            var name = new NameReference(component.Name, component.Location);
            if (CheckName(name, "component") && DeclareShared(name, "component"))
            {
                _components.Add(component);
                _componentIndex?.Add(component.Name, component);
            }
        }

        /// <summary>
        /// A problem the source itself found (syntax, wrong type). When there is any, <see cref="Build"/> reports
        /// them without checking references, which would only repeat the same mistake in other words.
        /// </summary>
        public void AddDiagnostic(SpofDiagnostic diagnostic) => _sourceDiagnostics.Add(diagnostic);

        /// <summary>Resolves and validates everything added; throws <see cref="SpofInputException"/> with every problem.</summary>
        public SpofModel Build()
        {
            if (_sourceDiagnostics.Count > 0)
            {
                throw Failure(_sourceDiagnostics.Concat(_diagnostics.Items));
            }

            var zoneRegions = BuildZoneMap();
            var resolver = new ComponentResolver(zoneRegions, _regions.Count > 0, _maxInstances, _diagnostics, ExpectedInstances());
            var components = new List<Component>(_components.Count);
            foreach (var spec in _components)
            {
                var component = resolver.Resolve(spec);
                if (component != null)
                {
                    components.Add(component);
                }
            }

            foreach (var owner in _evidencedOwners.Values)
            {
                if (!_names.ContainsKey(owner.Name))
                {
                    _names.Add(owner.Name, ("person", owner.Location ?? SourceLocation.None));
                    _people.Add(new Person(owner.Name, owner.Location ?? SourceLocation.None));
                }
            }

            var teams = _teams.Select(t => new Team(t.Team.Name, t.Members.Select(m => m.Name).ToArray(), t.Team.Location ?? SourceLocation.None)).ToArray();
            // A component rejected as a duplicate still counts: "no components" would only repeat that error.
            new ModelValidator(_components, _people, _teams, _diagnostics).Validate(_entrypoints, _anyComponentAdded ? null : FirstLocation());
            if (_diagnostics.Count > 0)
            {
                throw Failure(_diagnostics.Items);
            }

            var regions = _regions.ToDictionary(
                r => r.Region.Name,
                r => (IReadOnlyList<string>)r.Zones.Select(z => z.Name).ToArray(),
                StringComparer.Ordinal);
            return new SpofModel(
                Name ?? FallbackName,
                components,
                _entrypoints.Select(e => e.Name).ToArray(),
                regions,
                _people.ToArray(),
                teams,
                new ModelProvenance(_provenanceSources.ToArray(), _unread.ToArray()),
                _undisclosedZones.ToArray());
        }

        /// <summary>The name a file gets when it has no <c>name</c>: its file name without extension.</summary>
        public static string NameFromPath(string path)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            return string.IsNullOrEmpty(name) ? "model" : name;
        }

        private Dictionary<string, string> BuildZoneMap()
        {
            var zoneRegions = new Dictionary<string, string>(StringComparer.Ordinal);
            var zoneLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var (region, zones) in _regions)
            {
                foreach (var zone in zones)
                {
                    var location = zone.Location ?? region.Location ?? SourceLocation.None;
                    if (zoneRegions.TryGetValue(zone.Name, out var first))
                    {
                        _diagnostics.Add(
                            DiagnosticCodes.DuplicateZone,
                            location,
                            $"zone '{zone.Name}' is listed again in region '{region.Name}'; it is already in region '{first}' at {zoneLocations[zone.Name]}");
                        continue;
                    }

                    zoneRegions[zone.Name] = region.Name;
                    zoneLocations[zone.Name] = location;
                }
            }

            return zoneRegions;
        }

        private bool CheckName(NameReference name, string kind)
        {
            if (name.Name.Length > 0)
            {
                return true;
            }

            _diagnostics.Add(DiagnosticCodes.InvalidValue, name.Location ?? SourceLocation.None, $"a {kind} needs a non-empty name");
            return false;
        }

        private bool DeclareShared(NameReference name, string kind)
        {
            var location = name.Location ?? SourceLocation.None;
            if (_names.TryGetValue(name.Name, out var first))
            {
                _diagnostics.Add(
                    DiagnosticCodes.DuplicateName,
                    location,
                    $"{kind} '{name.Name}' is already defined as a {first.Kind} at {first.Location}; components, people and teams need distinct names");
                return false;
            }

            _names.Add(name.Name, (kind, location));
            return true;
        }

        private bool Declare(Dictionary<string, SourceLocation> names, NameReference name, string kind)
        {
            var location = name.Location ?? SourceLocation.None;
            if (names.TryGetValue(name.Name, out var first))
            {
                _diagnostics.Add(DiagnosticCodes.DuplicateName, location, $"{kind} '{name.Name}' is already defined at {first}");
                return false;
            }

            names.Add(name.Name, location);
            return true;
        }

        /// <summary>About how many instances the components will have, to size the instance-name index once.</summary>
        private int ExpectedInstances()
        {
            long total = 0;
            foreach (var spec in _components)
            {
                total += Math.Max(1, spec.Instances?.Count ?? spec.InstanceCount ?? 1);
                if (total >= _maxInstances)
                {
                    return _maxInstances;
                }
            }

            return (int)total;
        }

        private SourceLocation FirstLocation() =>
            ComponentsLocation ?? (_sources.Count > 0 ? new SourceLocation(_sources[0], 0, 0) : SourceLocation.None);

        private SpofInputException Failure(IEnumerable<SpofDiagnostic> diagnostics)
        {
            // Top to bottom, file by file, so the first error a user sees is the first in their input.
            var order = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var source in _sources)
            {
                if (!order.ContainsKey(source))
                {
                    order.Add(source, order.Count);
                }
            }

            var sorted = diagnostics
                .OrderBy(d => order.TryGetValue(d.Location.File, out var i) ? i : int.MaxValue)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ToArray();
            return new SpofInputException(sorted);
        }
    }
}
