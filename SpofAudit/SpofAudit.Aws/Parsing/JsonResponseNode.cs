using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>A JSON object as the AWS CLI prints it (<c>--output json</c>).</summary>
    internal sealed class JsonResponseNode : ResponseNode
    {
        private readonly JsonElement _element;
        private readonly string _where;

        public JsonResponseNode(JsonElement element, string where)
        {
            _element = element;
            _where = where;
        }

        public override string Where => _where;

        public override ResponseNode? Child(params string[] names)
        {
            var found = Find(names, JsonValueKind.Object);
            return found == null ? null : new JsonResponseNode(found.Value.Value, _where + "." + found.Value.Name);
        }

        public override string? Text(params string[] names)
        {
            foreach (var name in names)
            {
                if (TryGet(name, out var property, out var value))
                {
                    switch (value.ValueKind)
                    {
                        case JsonValueKind.String:
                            return value.GetString();
                        case JsonValueKind.Number:
                            return value.GetRawText();
                        case JsonValueKind.True:
                            return "true";
                        case JsonValueKind.False:
                            return "false";
                        case JsonValueKind.Null:
                            continue;
                        default:
                            throw new AwsResponseException($"{_where}.{property}: expected a single value, found {Describe(value.ValueKind)}");
                    }
                }
            }

            return null;
        }

        public override IReadOnlyList<ResponseNode> List(params string[] names)
        {
            var found = Find(names, JsonValueKind.Array);
            if (found == null)
            {
                return Array.Empty<ResponseNode>();
            }

            var path = _where + "." + found.Value.Name;
            return found.Value.Value.EnumerateArray()
                .Select((e, i) => e.ValueKind == JsonValueKind.Object
                    ? (ResponseNode)new JsonResponseNode(e, $"{path}[{i}]")
                    : throw new AwsResponseException($"{path}[{i}]: expected an object, found {Describe(e.ValueKind)}"))
                .ToArray();
        }

        public override IReadOnlyList<string> Strings(params string[] names)
        {
            var found = Find(names, JsonValueKind.Array);
            if (found == null)
            {
                return Array.Empty<string>();
            }

            return found.Value.Value.EnumerateArray()
                .Select((e, i) => e.ValueKind == JsonValueKind.String
                    ? e.GetString()!
                    : throw new AwsResponseException($"{_where}.{found.Value.Name}[{i}]: expected a string, found {Describe(e.ValueKind)}"))
                .ToArray();
        }

        private (string Name, JsonElement Value)? Find(string[] names, JsonValueKind kind)
        {
            foreach (var name in names)
            {
                if (TryGet(name, out var property, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    if (value.ValueKind != kind)
                    {
                        throw new AwsResponseException($"{_where}.{property}: expected {Describe(kind)}, found {Describe(value.ValueKind)}");
                    }

                    return (property, value);
                }
            }

            return null;
        }

        private bool TryGet(string name, out string property, out JsonElement value)
        {
            foreach (var candidate in _element.EnumerateObject())
            {
                if (string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    property = candidate.Name;
                    value = candidate.Value;
                    return true;
                }
            }

            property = name;
            value = default;
            return false;
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true/false",
            _ => "null",
        };
    }
}
