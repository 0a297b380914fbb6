using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Export;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Mapping;
using SpofAudit.Diagnostics;
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
            var mapped = new InventoryMapper(host).AddTo(inventory, builder);
            var overlays = overlayPaths ?? Array.Empty<string>();
            if (mapped.ComponentCount == 0 && overlays.Count == 0)
            {
                throw NothingToAudit(inventory);
            }

            var loader = new YamlModelLoader();
            foreach (var overlay in overlays)
            {
                loader.LoadInto(builder, overlay);
            }

            mapped.Entrypoints.ApplyTo(builder, host);

            builder.Name ??= inventory.Account == null ? "aws" : "aws-" + inventory.Account;
            return builder.Build();
        }

        /// <summary>An inventory with no compute, database or cache: say what it holds and what to export, in AWS terms.</summary>
        private static SpofInputException NothingToAudit(AwsInventory inventory)
        {
            var held = new[]
            {
                (inventory.Subnets.Count, "subnet(s)"),
                (inventory.RouteTables.Count, "route table(s)"),
                (inventory.NatGateways.Count, "NAT gateway(s)"),
                (inventory.TargetGroups.Count, "target group(s)"),
                (inventory.Instances.Count, "EC2 instance(s), none running"),
                (inventory.UnmappedOutputs.Count, "output(s) SpofAudit does not map"),
            }.Where(h => h.Item1 > 0).Select(h => $"{h.Item1} {h.Item2}").ToArray();
            var what = inventory.ExportFiles.Count > 0
                ? "The AWS exports " + string.Join(", ", inventory.ExportFiles.Select(System.IO.Path.GetFileName))
                : $"AWS account {inventory.Account ?? "(unknown)"} in {(inventory.Regions.Count > 0 ? string.Join(", ", inventory.Regions) : "the regions read")}";
            var message = $"{what} hold no running EC2 instance, Auto Scaling group, load balancer, RDS database or ElastiCache cluster, so there is nothing to audit"
                + (held.Length > 0 ? " (they hold " + string.Join(", ", held) + ")" : string.Empty);
            var location = new SourceLocation(inventory.ExportFiles.FirstOrDefault() ?? "aws", 0, 0);
            return new SpofInputException(new SpofDiagnostic(
                DiagnosticCodes.NoComponents,
                DiagnosticCodes.CategoryOf(DiagnosticCodes.NoComponents),
                location,
                message,
                "add the output of aws ec2 describe-instances (and the other commands docs/aws.md lists) with --output json"));
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
