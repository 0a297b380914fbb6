using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Azure.Inventory;
using SpofAudit.Diagnostics;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Azure
{
    /// <summary>
    /// Offline audits: builds a model from JSON exported with <c>az graph query</c> or <c>az resource list</c>
    /// (or saved Resource Graph responses), the same way the live source builds it from its queries.
    /// </summary>
    public static class AzureExportLoader
    {
        private static readonly JsonDocumentOptions ParseOptions = new JsonDocumentOptions { MaxDepth = 128 };

        /// <summary>Whether a file looks like an Azure export (a .json file), rather than spofaudit/v1 YAML.</summary>
        public static bool IsExportFile(string path) => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Whether a file is an Azure export: a .json file whose first 64 KiB name an ARM id (<c>/subscriptions/</c>),
        /// so exports of other clouds (also JSON) are left to their own readers.
        /// </summary>
        public static bool IsExport(string path)
        {
            if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
            {
                return false;
            }

            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                var head = new byte[64 * 1024];
                var read = stream.Read(head, 0, head.Length);
                return System.Text.Encoding.UTF8.GetString(head, 0, read).IndexOf("/subscriptions/", StringComparison.OrdinalIgnoreCase) >= 0;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Unreadable: the loader the file goes to reports it.
                return false;
            }
        }

        /// <summary>Reads the exported rows of every file into one inventory; throws <see cref="SpofInputException"/> naming the file at fault.</summary>
        public static AzureInventory Read(IReadOnlyList<string> paths, ISpofHost host)
        {
            if (paths == null || paths.Count == 0)
            {
                throw new SpofInputException(new SpofDiagnostic(DiagnosticCodes.NoInput, DiagnosticCategory.InvalidArgument, SourceLocation.None, "no input files were given"));
            }

            var reader = new InventoryReader();
            var diagnostics = new List<SpofDiagnostic>();
            foreach (var path in paths)
            {
                host.CancellationToken.ThrowIfCancellationRequested();
                ReadFile(path, reader, diagnostics);
            }

            if (diagnostics.Count > 0)
            {
                throw new SpofInputException(diagnostics);
            }

            var inventory = reader.Complete();
            host.WriteVerbose($"Read {inventory.Count} Azure resources from {string.Join(", ", paths)} ({inventory.IgnoredRows} rows of other types skipped).");
            return inventory;
        }

        /// <summary>The model of exported files alone (no overlay).</summary>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host) => AzureModelSource.FromFiles(paths, host);

        private static void ReadFile(string path, InventoryReader reader, List<SpofDiagnostic> diagnostics)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                diagnostics.Add(new SpofDiagnostic(DiagnosticCodes.FileNotFound, DiagnosticCategory.ReadError, new SourceLocation(path, 0, 0), "file not found"));
                return;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                diagnostics.Add(new SpofDiagnostic(DiagnosticCodes.ReadError, DiagnosticCategory.ReadError, new SourceLocation(path, 0, 0), "cannot read the file: " + e.Message));
                return;
            }

            AddRows(bytes, path, reader, diagnostics);
        }

        /// <summary>Parses one JSON document of rows into the reader; problems become diagnostics located in <paramref name="source"/>.</summary>
        internal static void AddRows(ReadOnlyMemory<byte> json, string source, InventoryReader reader, List<SpofDiagnostic> diagnostics)
        {
            try
            {
                using var document = JsonDocument.Parse(json, ParseOptions);
                var rows = ResourceRows.Find(document.RootElement, out var shapeError);
                if (rows == null)
                {
                    diagnostics.Add(new SpofDiagnostic(AzureDiagnosticCodes.UnexpectedJsonShape, DiagnosticCategory.InvalidData, new SourceLocation(source, 1, 1), "not an Azure export: " + shapeError!));
                    return;
                }

                // Several rows and none a resource: some other JSON (a report, a template), so one error says what the file
                // holds instead of one error a row.
                if (rows.Count > 1 && !rows.Any(ResourceRows.IsResource))
                {
                    diagnostics.Add(new SpofDiagnostic(
                        AzureDiagnosticCodes.UnexpectedJsonShape, DiagnosticCategory.InvalidData, new SourceLocation(source, 1, 1),
                        "not an Azure export: it holds " + ResourceRows.Describe(document.RootElement),
                        "export with: az graph query -q \"resources\" --first 1000 -o json > inventory.json"));
                    return;
                }

                reader.Origin = source;
                for (var i = 0; i < rows.Count; i++)
                {
                    var error = reader.Add(rows[i].Clone());
                    if (error != null)
                    {
                        diagnostics.Add(new SpofDiagnostic(
                            AzureDiagnosticCodes.UnexpectedJsonShape, DiagnosticCategory.InvalidData, new SourceLocation(source, 0, 0), $"resource #{i + 1}: {error}"));
                    }
                }
            }
            catch (JsonException e)
            {
                // LineNumber and BytePositionInLine are 0-based; users count from 1.
                var line = (int)(e.LineNumber ?? 0) + 1;
                var column = (int)(e.BytePositionInLine ?? 0) + 1;
                diagnostics.Add(new SpofDiagnostic(
                    AzureDiagnosticCodes.InvalidJson,
                    DiagnosticCategory.InvalidData,
                    new SourceLocation(source, line, column),
                    "not valid JSON: " + FirstSentence(e.Message),
                    "export with: az graph query -q \"resources\" --first 1000 -o json > inventory.json"));
            }
        }

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut > 0 ? message.Substring(0, cut) : message).Trim().TrimEnd('.');
        }
    }
}
