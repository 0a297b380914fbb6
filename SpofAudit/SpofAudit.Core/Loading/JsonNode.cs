using System.Collections.Generic;

namespace SpofAudit.Loading
{
    /// <summary>A parsed JSON value with where it starts, so a bad report file is reported at file:line:column.</summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonNodeType type, int line, int column, object? value)
        {
            Type = type;
            Line = line;
            Column = column;
            Value = value;
        }

        public JsonNodeType Type { get; }
        public int Line { get; }
        public int Column { get; }

        /// <summary>string, double, bool, List&lt;JsonNode&gt;, or Dictionary&lt;string, JsonNode&gt;; null for null.</summary>
        public object? Value { get; }

        public string Describe() => Type switch
        {
            JsonNodeType.Object => "an object",
            JsonNodeType.Array => "an array",
            JsonNodeType.String => "a string",
            JsonNodeType.Number => "a number",
            JsonNodeType.Boolean => "a boolean",
            _ => "null",
        };

        public JsonNode? Get(string key) =>
            Value is Dictionary<string, JsonNode> members && members.TryGetValue(key, out var node) ? node : null;
    }

    internal enum JsonNodeType
    {
        Null,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }
}
