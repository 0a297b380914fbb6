using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Aws.Export
{
    /// <summary>
    /// Reads what the AWS CLI prints (<c>--output json</c>) for the calls SpofAudit makes, so an auditor without
    /// access can work from exports. A file holds one command's output, several outputs merged into one object,
    /// or a list of outputs; each output is recognised by its top-level key (<see cref="CliOutputKinds"/>).
    /// </summary>
    public sealed class AwsExportReader
    {
        /// <summary>Largest export file read, like the YAML loader's bound.</summary>
        public const long MaxFileBytes = LoaderLimits.DefaultMaxFileBytes;

        public const string ErrorCode = "InvalidAwsExport";

        /// <summary>Whether a path names an AWS CLI export rather than a spofaudit YAML file.</summary>
        public static bool IsExport(string path) => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

        /// <summary>Reads every file into one inventory.</summary>
        /// <exception cref="SpofInputException">A file is missing, is not JSON, or is not a CLI output SpofAudit reads.</exception>
        public AwsInventory Read(IEnumerable<string> paths)
        {
            var inventory = new AwsInventory();
            var diagnostics = new List<SpofDiagnostic>();
            foreach (var path in paths)
            {
                inventory.ExportFiles.Add(path);
                try
                {
                    ReadFile(path, inventory);
                }
                catch (SpofInputException e)
                {
                    diagnostics.AddRange(e.Diagnostics);
                }
            }

            if (diagnostics.Count > 0)
            {
                throw new SpofInputException(diagnostics);
            }

            InventoryDeduplication.Apply(inventory);
            FillPlaces(inventory);
            return inventory;
        }

        private static void ReadFile(string path, AwsInventory inventory)
        {
            byte[] bytes;
            try
            {
                var info = new FileInfo(path);
                if (info.Exists && info.Length > MaxFileBytes)
                {
                    throw Error(DiagnosticCodes.InputTooLarge, path, 0, 0, $"file is {info.Length} bytes, more than the limit of {MaxFileBytes} bytes");
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw Error(DiagnosticCodes.FileNotFound, path, 0, 0, "file not found");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw Error(DiagnosticCodes.ReadError, path, 0, 0, "cannot read the file: " + e.Message);
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            }
            catch (JsonException e)
            {
                throw Error(ErrorCode, path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, "not valid JSON: " + FirstSentence(e.Message));
            }

            using (document)
            {
                var outputs = document.RootElement.ValueKind == JsonValueKind.Array
                    ? document.RootElement.EnumerateArray().ToArray()
                    : new[] { document.RootElement };
                for (var i = 0; i < outputs.Length; i++)
                {
                    var where = outputs.Length == 1 ? path : $"{path}[{i}]";
                    if (outputs[i].ValueKind != JsonValueKind.Object)
                    {
                        throw Error(ErrorCode, path, 0, 0, $"{where} is not an object; expected the JSON an AWS CLI describe command prints");
                    }

                    ReadOutput(new JsonResponseNode(outputs[i], where), outputs[i], path, inventory);
                }
            }
        }

        private static void ReadOutput(ResponseNode node, JsonElement element, string path, AwsInventory inventory)
        {
            var recognised = false;
            try
            {
                foreach (var kind in CliOutputKinds.All)
                {
                    if (element.TryGetProperty(kind.Key, out _))
                    {
                        kind.Read(node, inventory);
                        recognised = true;
                    }
                }
            }
            catch (AwsResponseException e)
            {
                throw Error(ErrorCode, path, 0, 0, e.Message);
            }

            foreach (var unmapped in CliOutputKinds.Unmapped)
            {
                if (element.TryGetProperty(unmapped.Key, out var value))
                {
                    var count = value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 1;
                    inventory.UnmappedOutputs.Add(new UnmappedOutput(node.Where, unmapped.Command, unmapped.IamAction, count));
                    recognised = true;
                }
            }

            if (!recognised)
            {
                var keys = element.EnumerateObject().Select(p => p.Name).Take(6).ToArray();
                var holds = keys.Length == 0 ? "an empty object" : "top-level keys " + string.Join(", ", keys);
                throw Error(
                    ErrorCode,
                    path,
                    0,
                    0,
                    $"{node.Where} holds none of the outputs SpofAudit reads: it holds {holds}",
                    "export with --output json one of: " + string.Join(", ", CliOutputKinds.All.Select(k => k.Command.Split(',')[0]).Distinct()));
            }
        }

        /// <summary>Exports say little about regions: route tables and NAT gateways get theirs from their subnets.</summary>
        private static void FillPlaces(AwsInventory inventory)
        {
            var subnetRegion = inventory.Subnets.GroupBy(s => s.SubnetId).ToDictionary(g => g.Key, g => g.First().Region, StringComparer.Ordinal);
            var vpcRegion = inventory.Subnets.GroupBy(s => s.VpcId).ToDictionary(g => g.Key, g => g.First().Region, StringComparer.Ordinal);
            for (var i = 0; i < inventory.RouteTables.Count; i++)
            {
                var table = inventory.RouteTables[i];
                if (table.Region.Length == 0 && vpcRegion.TryGetValue(table.VpcId, out var region))
                {
                    inventory.RouteTables[i] = table with { Region = region };
                }
            }

            for (var i = 0; i < inventory.NatGateways.Count; i++)
            {
                var gateway = inventory.NatGateways[i];
                if (gateway.Region.Length == 0 && subnetRegion.TryGetValue(gateway.SubnetId, out var region))
                {
                    inventory.NatGateways[i] = gateway with { Region = region };
                }
            }

            var regions = inventory.Instances.Select(r => r.Region)
                .Concat(inventory.Subnets.Select(r => r.Region))
                .Concat(inventory.LoadBalancers.Select(r => r.Region))
                .Concat(inventory.AutoScalingGroups.Select(r => r.Region))
                .Concat(inventory.DbInstances.Select(r => r.Region))
                .Concat(inventory.DbClusters.Select(r => r.Region))
                .Concat(inventory.CacheReplicationGroups.Select(r => r.Region))
                .Concat(inventory.CacheClusters.Select(r => r.Region))
                .Concat(inventory.ClassicLoadBalancers.Select(r => r.Region))
                .Concat(inventory.FileSystems.Select(r => r.Region))
                .Concat(inventory.Functions.Select(r => r.Region))
                .Concat(inventory.EcsServices.Select(r => r.Region))
                .Concat(inventory.EksNodegroups.Select(r => r.Region))
                .Where(r => r.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(r => r, StringComparer.Ordinal);
            foreach (var region in regions)
            {
                inventory.AddRegion(region);
            }

            inventory.Account ??= inventory.LoadBalancers.Select(b => RegionNames.AccountFromArn(b.Arn))
                .Concat(inventory.TargetGroups.Select(g => RegionNames.AccountFromArn(g.Arn)))
                .FirstOrDefault(a => a != null);
        }

        private static string FirstSentence(string message)
        {
            var end = message.IndexOf(". ", StringComparison.Ordinal);
            return end > 0 ? message.Substring(0, end) : message.TrimEnd('.');
        }

        private static SpofInputException Error(string code, string path, int line, int column, string message, string? suggestion = null) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(path, line, column), message, suggestion));
    }
}
