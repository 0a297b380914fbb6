using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;
using SpofAudit.Azure.Mapping;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Azure
{
    /// <summary>
    /// Builds a SpofModel from an Azure inventory (read live, or from exports) plus optional <c>spofaudit/v1</c>
    /// overlay files naming discovered components (entrypoints, dependencies, owners the APIs cannot see). One
    /// builder takes both, so one validation covers everything; an overlay's entrypoints replace the default ones
    /// (the components nothing depends on).
    /// </summary>
    public static class AzureModelSource
    {
        /// <exception cref="Diagnostics.SpofInputException">An overlay refers to something that does not exist, and the like.</exception>
        public static SpofModel Build(AzureInventory inventory, IReadOnlyList<string> overlayPaths, ISpofHost host)
        {
            if (inventory == null)
            {
                throw new ArgumentNullException(nameof(inventory));
            }

            var builder = new ModelBuilder { ExtendExistingComponents = true, Name = inventory.Name };
            foreach (var source in inventory.Sources)
            {
                builder.AddSource(source);
            }

            foreach (var part in inventory.Unread)
            {
                builder.AddUnread(part);
            }

            new AzureModelMapper(host).AddTo(inventory, builder);
            var loader = new YamlModelLoader();
            foreach (var overlay in overlayPaths ?? Array.Empty<string>())
            {
                loader.LoadInto(builder, overlay);
            }

            return builder.Build();
        }

        /// <summary>
        /// The model of files that mix Azure exports (JSON naming ARM ids) and overlays (YAML): what
        /// <c>Get-SpofModel -Path</c> and <c>spofaudit report</c> do when a path is an Azure export.
        /// </summary>
        public static SpofModel FromFiles(IReadOnlyList<string> paths, ISpofHost host)
        {
            var exports = paths.Where(AzureExportLoader.IsExport).ToArray();
            var overlays = paths.Where(p => !AzureExportLoader.IsExport(p)).ToArray();
            var inventory = AzureExportLoader.Read(exports.Length > 0 ? exports : paths, host);
            inventory.Name = ModelBuilder.NameFromPath(exports.Length > 0 ? exports[0] : paths[0]);
            inventory.Sources.AddRange(exports.Select(e => new InventorySource(InventorySourceKind.ExportFile, e, new[] { e })));
            return Build(inventory, exports.Length > 0 ? overlays : Array.Empty<string>(), host);
        }

        /// <summary>Whether any path is an Azure export, so a face sends the files here rather than to the YAML loader.</summary>
        public static bool AnyExport(IEnumerable<string> paths) => paths.Any(AzureExportLoader.IsExport);
    }
}
