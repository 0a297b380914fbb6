using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// The catalog as a model: each Component and Resource a component that no spofaudit/v1 file names (one
    /// instance: the catalog says nothing of redundancy, and an audit reads silence pessimistically), with hard
    /// dependencies from <c>dependsOn</c>, the reverse <c>dependencyOf</c>, the providers of the APIs it consumes
    /// (any one provider serves), and its subcomponents (a component is down when a part of it is). A component a
    /// file names keeps what the file says and gets only the catalog's owner.
    /// </summary>
    internal sealed class CatalogComponents
    {
        private readonly Catalog _catalog;
        private readonly ModelBuilder _builder;
        private readonly CatalogOwnership _ownership;
        private readonly Dictionary<string, ComponentSpec> _added = new Dictionary<string, ComponentSpec>(StringComparer.Ordinal);
        private readonly Dictionary<string, ComponentSpec> _fromFiles = new Dictionary<string, ComponentSpec>(StringComparer.Ordinal);
        private readonly IReadOnlyDictionary<ComponentSpec, EntityRef> _explicit;

        /// <param name="catalog">The catalog read as the model.</param>
        /// <param name="builder">The builder spofaudit/v1 files may already have filled.</param>
        /// <param name="ownership">Adds each entity's owner to its component.</param>
        /// <param name="explicitRefs">The entities the files' components name with <c>backstage:</c>.</param>
        public CatalogComponents(Catalog catalog, ModelBuilder builder, CatalogOwnership ownership, IReadOnlyDictionary<ComponentSpec, EntityRef> explicitRefs)
        {
            _catalog = catalog;
            _builder = builder;
            _ownership = ownership;
            _explicit = explicitRefs;
        }

        /// <summary>Adds the catalog's components to the builder; returns what the entrypoint choice needs to know.</summary>
        public CatalogFacts Add()
        {
            var named = _builder.Components.ToDictionary(c => c.Name, StringComparer.Ordinal);
            foreach (var pair in _explicit)
            {
                if (_catalog.Find(pair.Value) is { } entity && EntityKinds.Runs(entity.Kind))
                {
                    _fromFiles[entity.Ref.Key] = pair.Key;
                }
            }

            var running = _catalog.Entities.Where(e => EntityKinds.Runs(e.Kind)).ToArray();
            foreach (var entity in running)
            {
                var name = _catalog.NameOf(entity.Ref);
                if (!_fromFiles.ContainsKey(entity.Ref.Key) && named.TryGetValue(name, out var sameName) && !_explicit.ContainsKey(sameName))
                {
                    _fromFiles[entity.Ref.Key] = sameName;
                }

                if (_fromFiles.TryGetValue(entity.Ref.Key, out var fromFile))
                {
                    _ownership.Apply(entity, fromFile);
                    continue;
                }

                var spec = new ComponentSpec(name, entity.Location)
                {
                    Origin = ComponentOrigin.InFile(entity.Location),
                    Kind = entity.Type,
                    Tags = TagsOf(entity),
                };
                _ownership.Apply(entity, spec);
                _added.Add(entity.Ref.Key, spec);
            }

            var dependencies = running.Where(e => _added.ContainsKey(e.Ref.Key)).ToDictionary(e => e.Ref.Key, _ => new List<DependencySpec>(), StringComparer.Ordinal);
            foreach (var entity in running)
            {
                if (_added.ContainsKey(entity.Ref.Key))
                {
                    foreach (var target in entity.DependsOn)
                    {
                        AddDependency(dependencies, entity, target, "dependsOn");
                    }

                    foreach (var api in entity.ConsumesApis)
                    {
                        AddApiDependency(dependencies, entity, api);
                    }
                }

                foreach (var dependent in entity.DependencyOf)
                {
                    if (Running(dependent, entity, "dependencyOf") is { } from)
                    {
                        AddTo(dependencies, from, DependencySpec.On(new NameReference(ModelName(entity), dependent.At)));
                    }
                }

                if (entity.SubcomponentOf is { } parent && Running(parent, entity, "subcomponentOf") is { } whole)
                {
                    AddTo(dependencies, whole, DependencySpec.On(new NameReference(ModelName(entity), parent.At)));
                }

            }

            foreach (var entity in running.Where(e => _added.ContainsKey(e.Ref.Key)))
            {
                var spec = _added[entity.Ref.Key];
                spec.DependsOn = Distinct(dependencies[entity.Ref.Key], spec.Name);
                _builder.AddComponent(spec);
            }

            return Facts(running);
        }

        private void AddDependency(Dictionary<string, List<DependencySpec>> dependencies, CatalogEntity entity, LocatedRef target, string field)
        {
            if (Running(target, entity, field) is { } found)
            {
                AddTo(dependencies, entity, DependencySpec.On(new NameReference(ModelName(found), target.At)));
            }
        }

        private void AddApiDependency(Dictionary<string, List<DependencySpec>> dependencies, CatalogEntity entity, LocatedRef api)
        {
            var providers = _catalog.ProvidersOf(api.Ref).Where(p => p.Ref.Key != entity.Ref.Key).ToArray();
            if (providers.Length == 0)
            {
                Unread(api.At, $"API {api.Ref.Name}", "no provider",
                    $"{api.At}: {entity.Ref} consumes API {api.Ref}, which no Component read provides (spec.providesApis); that dependency is not in the model");
                return;
            }

            var members = providers.Select(p => new NameReference(ModelName(p), api.At)).ToArray();
            AddTo(dependencies, entity, members.Length == 1 ? DependencySpec.On(members[0]) : DependencySpec.AnyOf(members, location: api.At));
        }

        /// <summary>The component an entity is in the model: the file's component that stands for it, else its catalog name.</summary>
        private string ModelName(CatalogEntity entity) =>
            _fromFiles.TryGetValue(entity.Ref.Key, out var spec) ? spec.Name : _catalog.NameOf(entity.Ref);

        /// <summary>The Component or Resource a reference names, or null with an unread part: the dependency cannot be audited.</summary>
        private CatalogEntity? Running(LocatedRef reference, CatalogEntity from, string field)
        {
            var found = _catalog.Find(reference.Ref);
            if (found != null && EntityKinds.Runs(found.Kind))
            {
                return found;
            }

            var why = found == null
                ? "which the catalog files read do not hold"
                : $"a {found.Kind}, which is not a Component or Resource";
            Unread(reference.At, $"{field} of {from.Ref.Name}", found == null ? "not found" : "not a component",
                $"{reference.At}: {from.Ref} names {reference.Ref} in spec.{field}, {why}; that dependency is not in the model");
            return null;
        }

        private void AddTo(Dictionary<string, List<DependencySpec>> dependencies, CatalogEntity entity, DependencySpec dependency)
        {
            // A component a spofaudit/v1 file names has the file's dependencies only.
            if (dependencies.TryGetValue(entity.Ref.Key, out var list))
            {
                list.Add(dependency);
            }
        }

        private static IReadOnlyList<DependencySpec> Distinct(List<DependencySpec> dependencies, string self)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var kept = new List<DependencySpec>();
            foreach (var dependency in dependencies)
            {
                var key = string.Join("|", dependency.Members.Select(m => m.Name));
                if (dependency.Members.All(m => m.Name != self) && seen.Add(key))
                {
                    kept.Add(dependency);
                }
            }

            return kept;
        }

        private CatalogFacts Facts(IReadOnlyList<CatalogEntity> running)
        {
            var userFacing = new Dictionary<string, string>(StringComparer.Ordinal);
            var notOnTheirOwn = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entity in running.Where(e => _added.ContainsKey(e.Ref.Key)))
            {
                var name = _catalog.NameOf(entity.Ref);
                if (entity.Kind == EntityKinds.Component && string.Equals(entity.Type, "website", StringComparison.OrdinalIgnoreCase))
                {
                    userFacing[name] = "Backstage Component of type website";
                }
                else if (entity.Kind == EntityKinds.Component && string.Equals(entity.Type, "library", StringComparison.OrdinalIgnoreCase))
                {
                    notOnTheirOwn[name] = "a library, built into what uses it";
                }
            }

            var dependedOn = new HashSet<string>(
                _builder.Components.SelectMany(c => c.DependsOn).SelectMany(d => d.Members).Select(m => m.Name), StringComparer.Ordinal);
            return new CatalogFacts(_builder.Components.Select(c => c.Name).ToArray(), dependedOn, userFacing, notOnTheirOwn, SystemName());
        }

        /// <summary>The name of the catalog's one System, which names the model; null when it has none or several.</summary>
        private string? SystemName()
        {
            var systems = _catalog.Entities.Where(e => e.Kind == EntityKinds.System).ToArray();
            return systems.Length == 1 ? systems[0].Ref.Name : null;
        }

        private static IReadOnlyDictionary<string, string> TagsOf(CatalogEntity entity)
        {
            var tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["backstage.io/entity"] = entity.Ref.ToString() };
            if (entity.Lifecycle != null)
            {
                tags["backstage.io/lifecycle"] = entity.Lifecycle;
            }

            if (entity.System is { } system)
            {
                tags["backstage.io/system"] = system.Ref.Name;
            }

            return tags;
        }

        private void Unread(SourceLocation at, string part, string reason, string description) =>
            _builder.AddUnread(new UnreadPart(_catalog.SourceOf(at.File), at.ToString(), part, reason, description));
    }
}
