using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Export;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Mapping;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Aws
{
    /// <summary>
    /// Builds a SpofModel from an AWS inventory (read live, or from CLI exports) plus optional <c>spofaudit/v1</c>
    /// overlay files that add what the APIs cannot see. One builder takes both, so overlay names may refer to
    /// discovered components and one validation covers everything.
    /// </summary>
    public static class AwsModelSource
    {
        /// <summary>The model of an inventory, with overlays merged; the overlays' entrypoints replace the default ones.</summary>
        /// <exception cref="Diagnostics.SpofInputException">An overlay or a tag refers to something that does not exist, and the like.</exception>
        public static SpofModel Build(AwsInventory inventory, IReadOnlyList<string> overlayPaths, ISpofHost host)
        {
            if (inventory == null)
            {
                throw new ArgumentNullException(nameof(inventory));
            }

            var builder = new ModelBuilder { ExtendExistingComponents = true };
            var suggested = new InventoryMapper(host).AddTo(inventory, builder);
            var loader = new YamlModelLoader();
            foreach (var overlay in overlayPaths ?? Array.Empty<string>())
            {
                loader.LoadInto(builder, overlay);
            }

            if (!builder.HasEntrypoints)
            {
                foreach (var name in suggested)
                {
                    builder.AddEntrypoint(new NameReference(name));
                }
            }

            builder.Name ??= inventory.Account == null ? "aws" : "aws-" + inventory.Account;
            return builder.Build();
        }

        /// <summary>
        /// The model of files that mix AWS CLI exports (<c>*.json</c>) and overlays (YAML): what
        /// <c>Get-SpofModel -Path</c> and <c>spofaudit report</c> do when a path is a JSON export.
        /// </summary>
        public static SpofModel FromFiles(IReadOnlyList<string> paths, ISpofHost host)
        {
            var exports = paths.Where(AwsExportReader.IsExport).ToArray();
            var overlays = paths.Where(p => !AwsExportReader.IsExport(p)).ToArray();
            var inventory = new AwsExportReader().Read(exports);
            return Build(inventory, overlays, host);
        }

        /// <summary>Whether any of the paths is an AWS CLI export, so a face sends the files here rather than to the YAML loader.</summary>
        public static bool AnyExport(IEnumerable<string> paths) => paths.Any(AwsExportReader.IsExport);
    }
}
