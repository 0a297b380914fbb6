using System;
using System.Collections.Generic;
using System.Globalization;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>
    /// Typed reads of an export's JSON, each mistake one error at file:line:column: once a file is recognised as a
    /// provider's export, a field of the wrong type is a broken file, not a different shape.
    /// </summary>
    internal sealed class ExportFields
    {
        private readonly string _file;

        public ExportFields(string file)
        {
            _file = file;
        }

        public SourceLocation At(JsonNode node) => new SourceLocation(_file, node.Line, node.Column);

        /// <summary>The members of an array, none when the key is absent or null.</summary>
        public IReadOnlyList<JsonNode> Array(JsonNode parent, string key, string what)
        {
            var node = parent.Get(key);
            if (node == null || node.Type == JsonNodeType.Null)
            {
                return System.Array.Empty<JsonNode>();
            }

            return node.Value as List<JsonNode> ?? throw WrongType(node, key, what, "an array");
        }

        public JsonNode? Object(JsonNode parent, string key, string what)
        {
            var node = parent.Get(key);
            if (node == null || node.Type == JsonNodeType.Null)
            {
                return null;
            }

            return node.Type == JsonNodeType.Object ? node : throw WrongType(node, key, what, "an object");
        }

        public string? Text(JsonNode parent, string key, string what)
        {
            var node = parent.Get(key);
            if (node == null || node.Type == JsonNodeType.Null)
            {
                return null;
            }

            return node.Value as string ?? throw WrongType(node, key, what, "a string");
        }

        public double? Number(JsonNode parent, string key, string what)
        {
            var node = parent.Get(key);
            if (node == null || node.Type == JsonNodeType.Null)
            {
                return null;
            }

            return node.Value is double number ? number : throw WrongType(node, key, what, "a number");
        }

        /// <summary>A required ISO 8601 date-time with its offset, as both providers write them.</summary>
        public DateTimeOffset Time(JsonNode parent, string key, string what)
        {
            var text = Text(parent, key, what) ?? throw Error(At(parent), DiagnosticCodes.MissingKey, $"{what} has no '{key}'");
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
            {
                throw Error(At(parent.Get(key)!), DiagnosticCodes.InvalidValue, $"'{key}' of {what} is not a date-time: '{text}'");
            }

            return time;
        }

        public SpofInputException Error(SourceLocation at, string code, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), at, message));

        private SpofInputException WrongType(JsonNode node, string key, string what, string expected) =>
            Error(At(node), DiagnosticCodes.WrongType, $"'{key}' of {what} must be {expected}, found {node.Describe()}");
    }
}
