using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// Backstage catalogs (<c>catalog-info.yaml</c>) as a source of components and owners (docs/design.md §3): read as
    /// the model where no spofaudit/v1 file names the components, or as evidence of who owns the components of one.
    /// </summary>
    public static class BackstageCatalog
    {
        private const int SniffChars = 64 * 1024;

        /// <summary>Whether the file is a Backstage catalog: its first entity's apiVersion is <c>backstage.io/...</c>.</summary>
        public static bool IsCatalog(string path)
        {
            try
            {
                if (!File.Exists(path))
                {
                    return false;
                }

                using var reader = new StreamReader(path);
                var buffer = new char[SniffChars];
                var read = reader.ReadBlock(buffer, 0, buffer.Length);
                return IsCatalogText(new string(buffer, 0, read));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // The loader that reads it reports why it cannot be read.
                return false;
            }
        }

        /// <summary>Whether the text begins like a catalog: the first <c>apiVersion:</c> line names <c>backstage.io/</c>.</summary>
        internal static bool IsCatalogText(string text)
        {
            var match = Regex.Match(text, @"^apiVersion:[ \t]*['""]?([^\s'""]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant);
            return match.Success && match.Groups[1].Value.StartsWith(CatalogReader.ApiVersionPrefix, StringComparison.Ordinal);
        }

        /// <summary>
        /// Reads catalogs into a builder that spofaudit/v1 files may already have filled: the Components and Resources of
        /// <paramref name="modelCatalogs"/> that no file names become components; the owners of every catalog join the
        /// components of their name. Problems go to the builder (its Build reports them); returns what choosing
        /// entrypoints needs.
        /// </summary>
        public static CatalogFacts ReadInto(ModelBuilder builder, IReadOnlyList<string> modelCatalogs, IReadOnlyList<string> evidenceCatalogs)
        {
            if (builder == null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            var reader = new CatalogReader(builder);
            foreach (var path in modelCatalogs ?? Array.Empty<string>())
            {
                reader.Read(path);
            }

            var evidence = new CatalogReader(builder);
            foreach (var path in evidenceCatalogs ?? Array.Empty<string>())
            {
                evidence.Read(path);
            }

            var explicitRefs = ExplicitRefs(builder, reader.Catalog, evidence.Catalog);
            var modelOwnership = new CatalogOwnership(reader.Catalog, builder);
            var facts = new CatalogComponents(reader.Catalog, builder, modelOwnership, explicitRefs).Add();
            CatalogEvidence.Join(evidence.Catalog, builder, new CatalogOwnership(evidence.Catalog, builder), explicitRefs);
            return facts;
        }

        /// <summary>
        /// The entity each component with <c>backstage:</c> names (kind Component and namespace default when left out).
        /// A reference that is none is an error at its line and column; one no catalog holds is an unread part.
        /// </summary>
        private static IReadOnlyDictionary<ComponentSpec, EntityRef> ExplicitRefs(ModelBuilder builder, Catalog model, Catalog evidence)
        {
            var refs = new Dictionary<ComponentSpec, EntityRef>();
            foreach (var spec in builder.Components)
            {
                if (!(spec.Backstage is { } key))
                {
                    continue;
                }

                var at = key.Location ?? spec.Location;
                var parsed = EntityRef.Parse(key.Name, EntityKinds.Component, EntityRef.DefaultNamespace, out var problem);
                if (parsed == null)
                {
                    builder.AddDiagnostic(new SpofDiagnostic(
                        DiagnosticCodes.InvalidValue, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidValue), at, $"{problem} (in 'backstage' of component '{spec.Name}')"));
                    continue;
                }

                var reference = new EntityRef(EntityKinds.Canonical(parsed.Value.Kind) ?? parsed.Value.Kind, parsed.Value.Namespace, parsed.Value.Name);
                refs[spec] = reference;
                if (model.Find(reference) == null && evidence.Find(reference) == null && (model.FirstSource ?? evidence.FirstSource) is { } source)
                {
                    builder.AddUnread(new UnreadPart(source, at.ToString(), "owner of " + spec.Name, "not found",
                        $"{at}: component {spec.Name} is {reference} in Backstage (backstage:), which the catalogs read do not hold; its catalog owner is not known"));
                }
            }

            return refs;
        }
    }
}
