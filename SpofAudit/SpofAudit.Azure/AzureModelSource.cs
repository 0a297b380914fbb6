using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;
using SpofAudit.Azure.Mapping;
using SpofAudit.Diagnostics;
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

            var mapper = new AzureModelMapper(host);
            mapper.AddTo(inventory, builder);
            foreach (var gap in inventory.Incomplete.Concat(mapper.Incomplete))
            {
                // Never silently optimistic: what could not be read is said now and named in every report.
                host.WriteWarning(gap.Description);
                builder.AddUnread(new UnreadPart(SourceOf(gap, inventory, builder), gap.ResourceId, gap.Part, "not read or not interpreted", gap.Description));
            }

            if (mapper.ComponentCount == 0 && (overlayPaths == null || overlayPaths.Count == 0))
            {
                throw NothingToAudit(inventory);
            }

            var loader = new YamlModelLoader();
            foreach (var overlay in overlayPaths ?? Array.Empty<string>())
            {
                loader.LoadInto(builder, overlay);
            }

            // An overlay's entrypoints replace the discovered ones.
            mapper.Entrypoints?.ApplyTo(builder, host);

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

        /// <summary>
        /// An inventory of nothing SpofAudit audits (only public IPs, only types it does not read): one error that says what
        /// was read, rather than the YAML loader's "no components".
        /// </summary>
        private static SpofInputException NothingToAudit(AzureInventory inventory)
        {
            var read = new List<string>();
            if (inventory.PublicIps.Count > 0)
            {
                read.Add($"{inventory.PublicIps.Count} public IP address(es), audited only through what uses them");
            }

            if (inventory.AvailabilitySets.Count + inventory.ElasticPools.Count + inventory.FailoverGroups.Count > 0)
            {
                read.Add($"{inventory.AvailabilitySets.Count + inventory.ElasticPools.Count + inventory.FailoverGroups.Count} availability set(s), elastic pool(s) or failover group(s), audited only through their members");
            }

            read.AddRange(inventory.Incomplete.Select(i => i.Description));
            if (inventory.IgnoredRows > 0)
            {
                read.Add($"{inventory.IgnoredRows} row(s) of types with no availability of their own (NICs, disks, VNets...)");
            }

            var where = string.Join(", ", inventory.Sources.Select(s => s.Description));
            return new SpofInputException(new SpofDiagnostic(
                DiagnosticCodes.NoComponents,
                DiagnosticCategory.InvalidData,
                new SourceLocation(where.Length == 0 ? "azure" : where, 0, 0),
                "no resource to audit: nothing here is a VM, scale set, load balancer, gateway, database, cache, storage account, cluster, App Service or front door"
                + (read.Count == 0 ? string.Empty : "; read: " + string.Join("; ", read)),
                "export the whole subscription: az graph query -q \"resources\" --first 1000 -o json > inventory.json"));
        }

        /// <summary>The source an incomplete entry belongs to: its export file, else the subscription its resource is in.</summary>
        private static InventorySource SourceOf(IncompleteRead gap, AzureInventory inventory, ModelBuilder builder)
        {
            var subscription = gap.ResourceId.Split('/').SkipWhile(s => !string.Equals(s, "subscriptions", StringComparison.OrdinalIgnoreCase)).Skip(1).FirstOrDefault();
            var source = inventory.Sources.FirstOrDefault(s => gap.Origin != null && s.Names.Contains(gap.Origin))
                ?? inventory.Sources.FirstOrDefault(s => subscription != null && s.Names.Contains(subscription, StringComparer.OrdinalIgnoreCase))
                ?? inventory.Sources.FirstOrDefault();
            if (source == null)
            {
                // An inventory built in memory names no source: the gap still needs one to be reported under.
                source = new InventorySource(InventorySourceKind.ExportFile, gap.Origin ?? "azure", new[] { gap.Origin ?? "azure" });
                inventory.Sources.Add(source);
                builder.AddSource(source);
            }

            return source;
        }

        /// <summary>Whether any path is an Azure export, so a face sends the files here rather than to the YAML loader.</summary>
        public static bool AnyExport(IEnumerable<string> paths) => paths.Any(AzureExportLoader.IsExport);
    }
}
