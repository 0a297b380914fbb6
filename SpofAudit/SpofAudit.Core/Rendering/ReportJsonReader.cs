using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Reads a report written by <c>spofaudit report --format json</c> or <c>Export-SpofReport -Format Json</c>
    /// back into findings, for baselines and diffs. Strict like the YAML loader: a wrong schema version, a
    /// missing or mistyped key, an unknown kind or severity is an error at file:line:column.
    /// </summary>
    public static class ReportJsonReader
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <exception cref="SpofInputException">The file is missing, unreadable or not a SpofAudit JSON report.</exception>
        public static SpofReport Load(string path)
        {
            string text;
            try
            {
                if (Directory.Exists(path))
                {
                    throw Error(new SourceLocation(path, 0, 0), DiagnosticCodes.ReadError, "is a directory, not a JSON report");
                }

                if (new FileInfo(path).Length > LoaderLimits.DefaultMaxFileBytes)
                {
                    throw Error(new SourceLocation(path, 0, 0), DiagnosticCodes.InputTooLarge, $"the report is larger than {LoaderLimits.DefaultMaxFileBytes} bytes");
                }

                text = File.ReadAllText(path, StrictUtf8);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw Error(new SourceLocation(path, 0, 0), DiagnosticCodes.FileNotFound, "report file not found");
            }
            catch (DecoderFallbackException)
            {
                throw Error(new SourceLocation(path, 0, 0), DiagnosticCodes.InvalidEncoding, "the report is not valid UTF-8 text");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                throw Error(new SourceLocation(path, 0, 0), DiagnosticCodes.ReadError, "cannot read the report: " + e.Message);
            }

            return Read(text, path);
        }

        /// <exception cref="SpofInputException">The text is not a SpofAudit JSON report.</exception>
        public static SpofReport Read(string text, string file)
        {
            JsonNode root;
            try
            {
                root = JsonParser.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            }
            catch (JsonSyntaxException e)
            {
                throw Error(new SourceLocation(file, e.Line, e.Column), DiagnosticCodes.InvalidValue, $"not valid JSON: {e.Message}");
            }

            var reader = new Reader(file);
            var document = reader.Object(root, "the report");
            var version = reader.Required(document, "schemaVersion", JsonNodeType.Number, "the report");
            if (!(version.Value is double v) || v != ReportJsonWriter.SchemaVersion)
            {
                throw Error(reader.At(version), DiagnosticCodes.UnsupportedApiVersion, $"unsupported schemaVersion {version.Value}; expected {ReportJsonWriter.SchemaVersion}");
            }

            var model = (string)reader.Required(document, "model", JsonNodeType.String, "the report").Value!;
            var list = (List<JsonNode>)reader.Required(document, "findings", JsonNodeType.Array, "the report").Value!;
            var findings = list.Select(node => reader.Finding(node, model)).ToArray();
            var report = SpofReport.FromFindings(findings, model, reader.Provenance(document));
            return document.Get("truckFactors") is { } truckFactors
                ? new SpofReport(report.Model, report.Entrypoints, report.Provenance, report.ComponentCount, report.Findings, reader.TruckFactors(truckFactors))
                : report;
        }

        private static SpofInputException Error(SourceLocation at, string code, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), at, message));

        private sealed class Reader
        {
            private readonly string _file;

            public Reader(string file)
            {
                _file = file;
            }

            public SourceLocation At(JsonNode node) => new SourceLocation(_file, node.Line, node.Column);

            public JsonNode Object(JsonNode node, string what) =>
                node.Type == JsonNodeType.Object ? node : throw Error(At(node), DiagnosticCodes.WrongType, $"{what} must be an object, found {node.Describe()}");

            public JsonNode Required(JsonNode parent, string key, JsonNodeType type, string what)
            {
                var node = parent.Get(key) ?? throw Error(At(parent), DiagnosticCodes.MissingKey, $"{what} has no '{key}'");
                return node.Type == type
                    ? node
                    : throw Error(At(node), DiagnosticCodes.WrongType, $"'{key}' of {what} must be {new JsonNode(type, 0, 0, null).Describe()}, found {node.Describe()}");
            }

            public Finding Finding(JsonNode node, string model)
            {
                var what = "a finding";
                Object(node, what);
                var id = Text(node, "id", what);
                what = $"finding '{id}'";
                var kind = Kind(node, what);
                var severity = Enum<Severity>(node, "severity", what);
                var target = Text(node, "target", what);
                var targetType = Enum<TargetType>(node, "targetType", what);
                if (Findings.Finding.MakeId(kind, target) != id)
                {
                    throw Error(At(Required(node, "id", JsonNodeType.String, what)), DiagnosticCodes.InvalidValue, $"id '{id}' does not match kind and target ({Findings.Finding.MakeId(kind, target)})");
                }

                Suppression? suppression = null;
                if (node.Get("suppression") is { } accepted)
                {
                    Object(accepted, "'suppression' of " + what);
                    var expires = accepted.Get("expires") is { } e ? Date(e) : (DateTime?)null;
                    suppression = new Suppression(id, Text(accepted, "justification", what), Text(accepted, "owner", what), expires, At(accepted));
                }

                var likelihood = node.Get("likelihood") is { } chance
                    ? chance.Type == JsonNodeType.Number ? (double)chance.Value! : throw Error(At(chance), DiagnosticCodes.WrongType, $"'likelihood' of {what} must be a number, found {chance.Describe()}")
                    : (double?)null;
                var resourceIds = node.Get("resourceIds") != null ? Strings(node, "resourceIds", what) : null;
                var affects = Strings(node, "affects", what);
                var components = Strings(node, "components", what);
                return new Finding(kind, severity, target, targetType, affects, Strings(node, "path", what),
                    components, Text(node, "recommendation", what), model, null, suppression, likelihood, resourceIds: resourceIds,
                    affectsCount: Total(node, "affectsCount", affects.Count, what), componentCount: Total(node, "componentCount", components.Count, what));
            }

            /// <summary>
            /// What the report says could not be read: the <c>unread</c> objects when present; else, for a report written
            /// before they existed, each <c>incomplete</c> line as one part of a source. Null for a complete read.
            /// </summary>
            public ModelProvenance? Provenance(JsonNode document)
            {
                if (document.Get("unread") is { } unread)
                {
                    var sources = new Dictionary<string, InventorySource>(StringComparer.Ordinal);
                    var parts = new List<UnreadPart>();
                    foreach (var node in Items(unread, "unread"))
                    {
                        const string what = "an 'unread' entry";
                        Object(node, what);
                        var sourceName = Text(node, "source", what);
                        if (!sources.TryGetValue(sourceName, out var source))
                        {
                            source = new InventorySource(Enum<InventorySourceKind>(node, "sourceKind", what), sourceName);
                            sources.Add(sourceName, source);
                        }

                        var code = node.Get("code") != null ? Text(node, "code", what) : null;
                        parts.Add(new UnreadPart(source, Text(node, "scope", what), Text(node, "part", what), Text(node, "reason", what), Text(node, "description", what), code));
                    }

                    return new ModelProvenance(sources.Values.ToArray(), parts);
                }

                if (document.Get("incomplete") == null)
                {
                    return null;
                }

                // Only reports older than the 'unread' key get here: their lines are "SOURCE; incomplete, not read: PARTS".
                return ModelProvenance.FromIncompleteLines(Strings(document, "incomplete", "the report"));
            }

            /// <summary>The <c>truckFactors</c> array: each entrypoint's truck factor (a whole number or null) and the owners behind it.</summary>
            public IReadOnlyList<EntrypointTruckFactor> TruckFactors(JsonNode truckFactors)
            {
                var factors = new List<EntrypointTruckFactor>();
                foreach (var node in Items(truckFactors, "truckFactors"))
                {
                    const string what = "a 'truckFactors' entry";
                    Object(node, what);
                    var entrypoint = Text(node, "entrypoint", what);
                    var factor = node.Get("truckFactor") ?? throw Error(At(node), DiagnosticCodes.MissingKey, $"{what} has no 'truckFactor'");
                    var value = factor.Type == JsonNodeType.Null ? (int?)null
                        : factor.Type == JsonNodeType.Number && factor.Value is double d && d >= 1 && d <= int.MaxValue && d == Math.Floor(d) ? (int)d
                        : throw Error(At(factor), DiagnosticCodes.WrongType, $"'truckFactor' of entrypoint '{entrypoint}' must be a whole number of at least 1 or null, found {factor.Describe()}");
                    var operators = node.Get("operators") is { } list ? Items(list, "operators").Select(Operator).ToArray() : Array.Empty<ComponentOperator>();
                    var unlisted = node.Get("unlistedComponents") is { } more
                        ? more.Type == JsonNodeType.Number && more.Value is double m && m >= 0 && m <= int.MaxValue && m == Math.Floor(m) ? (int)m
                            : throw Error(At(more), DiagnosticCodes.WrongType, $"'unlistedComponents' of entrypoint '{entrypoint}' must be a whole number, found {more.Describe()}")
                        : 0;
                    factors.Add(new EntrypointTruckFactor(entrypoint, value, operators, unlisted));
                }

                return factors;
            }

            private ComponentOperator Operator(JsonNode node)
            {
                const string what = "an 'operators' entry";
                Object(node, what);
                var evidence = Items(Required(node, "evidence", JsonNodeType.Array, what), "evidence")
                    .Select(line => Object(line, "an 'evidence' entry"))
                    .Select(line => new EvidenceLine(Text(line, "source", "an 'evidence' entry"), Text(line, "description", "an 'evidence' entry")))
                    .ToArray();
                return new ComponentOperator(Text(node, "component", what), Text(node, "owner", what), Strings(node, "people", what), evidence);
            }

            private List<JsonNode> Items(JsonNode node, string key) =>
                node.Type == JsonNodeType.Array
                    ? (List<JsonNode>)node.Value!
                    : throw Error(At(node), DiagnosticCodes.WrongType, $"'{key}' of the report must be an array, found {node.Describe()}");

            /// <summary>A list's true length (present only when the list was cut): a whole number no smaller than what it lists.</summary>
            private int? Total(JsonNode parent, string key, int listed, string what)
            {
                if (!(parent.Get(key) is { } node))
                {
                    return null;
                }

                return node.Type == JsonNodeType.Number && (double)node.Value! is var total && total >= listed && total <= int.MaxValue && total == Math.Floor(total)
                    ? (int)total
                    : throw Error(At(node), DiagnosticCodes.InvalidValue, $"'{key}' of {what} must be a whole number of at least {listed} (the names it lists), found {node.Describe()}");
            }

            private string Text(JsonNode parent, string key, string what) => (string)Required(parent, key, JsonNodeType.String, what).Value!;

            private IReadOnlyList<string> Strings(JsonNode parent, string key, string what) =>
                ((List<JsonNode>)Required(parent, key, JsonNodeType.Array, what).Value!)
                    .Select(item => item.Type == JsonNodeType.String ? (string)item.Value! : throw Error(At(item), DiagnosticCodes.WrongType, $"'{key}' of {what} must hold strings, found {item.Describe()}"))
                    .ToArray();

            private T Enum<T>(JsonNode parent, string key, string what)
                where T : struct
            {
                var node = Required(parent, key, JsonNodeType.String, what);
                var text = (string)node.Value!;
                var names = System.Enum.GetNames(typeof(T));
                return names.Contains(text, StringComparer.Ordinal)
                    ? (T)System.Enum.Parse(typeof(T), text)
                    : throw Error(At(node), DiagnosticCodes.InvalidValue, $"unknown {key} '{text}' in {what}; expected one of {string.Join(", ", names)}");
            }

            private FindingKind Kind(JsonNode parent, string what)
            {
                var node = Required(parent, "kind", JsonNodeType.String, what);
                var text = (string)node.Value!;
                return FindingKind.TryParse(text, ignoreCase: false, out var kind)
                    ? kind
                    : throw Error(At(node), DiagnosticCodes.InvalidValue, $"unknown kind '{text}' in {what}; expected one of {string.Join(", ", FindingRules.Names)}");
            }

            private DateTime Date(JsonNode node) =>
                node.Type == JsonNodeType.String && DateTime.TryParseExact((string)node.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw Error(At(node), DiagnosticCodes.InvalidValue, "'expires' must be a date written YYYY-MM-DD");
        }
    }
}
