using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// The entities of the catalog files read, looked up by reference, with the names they get in the model: an
    /// entity's own name when nothing else the model names shares it, else its full reference
    /// (<c>user:development/guest</c>), so two namespaces' <c>guest</c> never become one person.
    /// </summary>
    internal sealed class Catalog
    {
        private readonly Dictionary<string, CatalogEntity> _byKey = new Dictionary<string, CatalogEntity>(StringComparer.Ordinal);
        private readonly List<CatalogEntity> _entities = new List<CatalogEntity>();
        private readonly Dictionary<string, InventorySource> _sources = new Dictionary<string, InventorySource>(StringComparer.Ordinal);
        private Dictionary<string, int>? _shortNameUses;

        /// <summary>Every entity, in the order the files hold them.</summary>
        public IReadOnlyList<CatalogEntity> Entities => _entities;

        /// <summary>Adds an entity; false (nothing added) when one with its reference is already there.</summary>
        public bool Add(CatalogEntity entity, out CatalogEntity? earlier)
        {
            if (_byKey.TryGetValue(entity.Ref.Key, out earlier))
            {
                return false;
            }

            _byKey.Add(entity.Ref.Key, entity);
            _entities.Add(entity);
            _shortNameUses = null;
            return true;
        }

        /// <summary>Records the source a file was added to the model as, so its unread parts name that source.</summary>
        public void AddSource(string file, InventorySource source) => _sources[file] = source;

        /// <summary>The source of the first file read, or null when none was.</summary>
        public InventorySource? FirstSource => _sources.Values.FirstOrDefault();

        /// <summary>The source of a file read into this catalog.</summary>
        public InventorySource SourceOf(string file) => _sources[file];

        public CatalogEntity? Find(EntityRef reference) => _byKey.TryGetValue(reference.Key, out var entity) ? entity : null;

        /// <summary>The users of a group: its <c>spec.members</c> and the users whose <c>spec.memberOf</c> names it, each once, by model name.</summary>
        public IReadOnlyList<EntityRef> MembersOf(EntityRef group)
        {
            var members = new List<EntityRef>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in Find(group)?.Members ?? new List<LocatedRef>())
            {
                var user = Find(member.Ref)?.Ref ?? member.Ref;
                if (seen.Add(user.Key))
                {
                    members.Add(user);
                }
            }

            foreach (var user in _entities.Where(e => e.Kind == EntityKinds.User))
            {
                if (user.MemberOf.Any(m => m.Ref.Key == group.Key) && seen.Add(user.Ref.Key))
                {
                    members.Add(user.Ref);
                }
            }

            return members.OrderBy(NameOf, StringComparer.Ordinal).ToArray();
        }

        /// <summary>The entities of a kind that a component providing <paramref name="api"/> is.</summary>
        public IReadOnlyList<CatalogEntity> ProvidersOf(EntityRef api) =>
            _entities.Where(e => e.Kind == EntityKinds.Component && e.ProvidesApis.Any(p => p.Ref.Key == api.Key)).ToArray();

        /// <summary>
        /// The name an entity (or a reference to one the files do not hold) gets in the model: its name as written
        /// when it is in the default namespace and no other component, resource, group or user has that name.
        /// </summary>
        public string NameOf(EntityRef reference)
        {
            var entity = Find(reference);
            var name = entity?.Ref.Name ?? reference.Name;
            var isDefault = string.Equals(reference.Namespace, EntityRef.DefaultNamespace, StringComparison.OrdinalIgnoreCase);
            return isDefault && ShortNameUses().TryGetValue(name.ToLowerInvariant(), out var uses) && uses == 1
                ? name
                : (entity?.Ref ?? reference).ToString();
        }

        private Dictionary<string, int> ShortNameUses()
        {
            if (_shortNameUses != null)
            {
                return _shortNameUses;
            }

            // Everything that may become a model name: what runs, groups, users, and the users and groups named without an entity.
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entity in _entities)
            {
                if (EntityKinds.Runs(entity.Kind) || entity.Kind == EntityKinds.Group || entity.Kind == EntityKinds.User)
                {
                    named.Add(entity.Ref.Key);
                }

                foreach (var reference in entity.Members.Concat(entity.MemberOf).Concat(entity.Owner is { } owner ? new[] { owner } : Array.Empty<LocatedRef>()))
                {
                    named.Add(reference.Ref.Key);
                }
            }

            _shortNameUses = named
                .Select(key => key.Substring(key.IndexOf('/') + 1))
                .GroupBy(name => name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return _shortNameUses;
        }
    }
}
