using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Loading.Backstage;
using SpofAudit.Model;

namespace SpofAudit.Sourcing
{
    /// <summary>
    /// The one entry point both faces reach for architecture files with Backstage catalogs (design §3): catalogs
    /// among the files are the model where no spofaudit/v1 file names their components; catalogs given apart
    /// (<c>-Catalog</c>, <c>--catalog</c>) add only owners. Entrypoints not named by a file are chosen as for a cloud
    /// inventory (<see cref="DiscoveredEntrypoints"/>): websites first, and every component nothing depends on is
    /// still audited, with a warning. What the catalogs could not give is a warning and an unread part.
    /// </summary>
    public static class CatalogModelLoader
    {
        /// <summary>Whether the files need this loader: any of them is a catalog, or catalogs are given apart.</summary>
        public static bool Applies(IReadOnlyList<string> paths, IReadOnlyList<string> catalogs) =>
            catalogs.Count > 0 || paths.Any(BackstageCatalog.IsCatalog);

        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, IReadOnlyList<string> catalogs, ISpofHost host) =>
            Load(paths, catalogs, Array.Empty<string>(), host);

        /// <summary>
        /// As <see cref="Load(IReadOnlyList{string}, IReadOnlyList{string}, ISpofHost)"/>, the rotations of
        /// <paramref name="onCallExports"/> operating the spofaudit/v1 files' components (a catalog's own components
        /// are not matched to rotations: a schedule only they could take is reported unmatched, never dropped).
        /// </summary>
        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, IReadOnlyList<string> catalogs, IReadOnlyList<string> onCallExports, ISpofHost host)
        {
            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            if (catalogs == null)
            {
                throw new ArgumentNullException(nameof(catalogs));
            }

            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            var modelCatalogs = paths.Where(BackstageCatalog.IsCatalog).ToArray();
            var files = paths.Where(p => !modelCatalogs.Contains(p)).ToArray();
            var builder = new ModelBuilder { FallbackName = ModelBuilder.NameFromPath(paths.Count > 0 ? paths[0] : catalogs[0]) };
            new YamlModelLoader { OnCallExports = onCallExports ?? throw new ArgumentNullException(nameof(onCallExports)) }.LoadInto(builder, files);

            var facts = BackstageCatalog.ReadInto(builder, modelCatalogs, catalogs);
            DiscoveredEntrypoints? choice = null;
            if (modelCatalogs.Length > 0)
            {
                if (files.Length == 0 && facts.SystemName != null)
                {
                    builder.Name ??= facts.SystemName;
                }

                if (!builder.HasEntrypoints)
                {
                    choice = DiscoveredEntrypoints.Choose(facts.Components, facts.DependedOn, facts.UserFacing, facts.NotOnTheirOwn, "Component of type website");
                    foreach (var name in choice.Names)
                    {
                        builder.AddEntrypoint(new NameReference(name));
                    }
                }
            }

            // Said once the model stands: bad input is one error line, with no warnings before it.
            var model = builder.Build();
            if (choice != null && choice.Guessed)
            {
                host.WriteWarning(choice.Reason);
            }
            else if (choice != null)
            {
                host.WriteVerbose(choice.Reason);
            }

            foreach (var part in model.Provenance.Unread)
            {
                host.WriteWarning(part.Description);
            }

            return model;
        }
    }
}
