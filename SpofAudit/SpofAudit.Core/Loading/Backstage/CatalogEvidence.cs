using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// A catalog given beside a spofaudit/v1 model (<c>-Catalog</c>, <c>--catalog</c>): only its owners join, each
    /// to the component of the model that names it with <c>backstage:</c>, else to the one with the name of a
    /// Component or Resource (in any namespace, the default one first). A name two entities share outside the default namespace is said, not guessed between.
    /// </summary>
    internal static class CatalogEvidence
    {
        /// <param name="catalog">The catalog given apart.</param>
        /// <param name="builder">The builder the model's files filled.</param>
        /// <param name="ownership">Adds an entity's owner to a component.</param>
        /// <param name="explicitRefs">The entities the model's components name with <c>backstage:</c>; those join by it, not by name.</param>
        public static void Join(Catalog catalog, ModelBuilder builder, CatalogOwnership ownership, IReadOnlyDictionary<ComponentSpec, EntityRef> explicitRefs)
        {
            var byName = catalog.Entities
                .Where(e => EntityKinds.Runs(e.Kind))
                .GroupBy(e => e.Ref.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
            foreach (var spec in builder.Components.ToArray())
            {
                if (explicitRefs.TryGetValue(spec, out var named))
                {
                    if (catalog.Find(named) is { } entity && EntityKinds.Runs(entity.Kind))
                    {
                        ownership.Apply(entity, spec);
                    }

                    continue;
                }

                if (!byName.TryGetValue(spec.Name, out var entities))
                {
                    continue;
                }

                var inDefault = entities.Where(e => string.Equals(e.Ref.Namespace, EntityRef.DefaultNamespace, StringComparison.OrdinalIgnoreCase)).ToArray();
                var chosen = inDefault.Length == 1 ? inDefault : entities;
                if (chosen.Length == 1)
                {
                    ownership.Apply(chosen[0], spec);
                    continue;
                }

                var at = chosen[0].Location;
                builder.AddUnread(new UnreadPart(catalog.SourceOf(at.File), at.ToString(), "owner of " + spec.Name, "ambiguous",
                    $"{at}: the catalog holds {string.Join(", ", chosen.Select(e => e.Ref.ToString()))} for component {spec.Name}; none of their owners was joined (rename one in the model to match)"));
            }
        }
    }
}
