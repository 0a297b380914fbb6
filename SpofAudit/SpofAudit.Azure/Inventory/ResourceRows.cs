using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Finds the resource rows in a JSON document, whichever tool wrote it: a bare array (<c>az resource list</c>),
    /// an object with a <c>data</c> array (<c>az graph query</c>, the Resource Graph REST response), a <c>data</c>
    /// table of <c>columns</c> and <c>rows</c> (the older table result format), an ARM list's <c>value</c> array, or one
    /// resource object (<c>az vm show</c>, an ARM GET response).
    /// </summary>
    internal static class ResourceRows
    {
        /// <summary>The rows, or null with <paramref name="error"/> saying what shape was expected.</summary>
        public static IReadOnlyList<JsonElement>? Find(JsonElement root, out string? error)
        {
            error = null;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return Items(root);
            }

            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("data", out var data))
                {
                    if (data.ValueKind == JsonValueKind.Array)
                    {
                        return Items(data);
                    }

                    if (data.ValueKind == JsonValueKind.Object
                        && data.TryGetProperty("columns", out var columns) && columns.ValueKind == JsonValueKind.Array
                        && data.TryGetProperty("rows", out var rows) && rows.ValueKind == JsonValueKind.Array)
                    {
                        return Table(columns, rows);
                    }
                }

                if (root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array)
                {
                    return Items(value);
                }

                if (IsResource(root))
                {
                    return new[] { root };
                }
            }

            error = "it holds " + Describe(root) + ", not Azure resources; expected an array of resources (az resource list), an object with a 'data' array (az graph query, Resource Graph) or one resource (az ... show)";
            return null;
        }

        /// <summary>Whether a row names a resource: an ARM id with its type, or an id that names a provider's type.</summary>
        public static bool IsResource(JsonElement row) =>
            row.ValueKind == JsonValueKind.Object
            && row.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && ((row.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String) || ResourceTypes.FromId(id.GetString()!) != null);

        /// <summary>What a document that is not an export holds, in a few words, so the error says which file went astray.</summary>
        public static string Describe(JsonElement root)
        {
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("responses", out _) && root.TryGetProperty("parameters", out _))
                {
                    return "an Azure REST API example (a request's parameters and responses); its 200 response body is what an export holds";
                }

                return "an object with the keys " + Keys(root);
            }

            if (root.ValueKind == JsonValueKind.Array)
            {
                var count = root.GetArrayLength();
                var first = count > 0 ? root[0] : default;
                var keys = first.ValueKind == JsonValueKind.Object ? " (the first with the keys " + Keys(first) + ")" : string.Empty;
                var wara = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("Resource", out _) ? ", like a Well-Architected Reliability Assessment (WARA) collector file" : string.Empty;
                return $"an array of {count} item(s) of which none has an 'id' and a 'type'{keys}{wara}";
            }

            return "a single " + root.ValueKind.ToString().ToLowerInvariant();
        }

        private static string Keys(JsonElement element)
        {
            var names = new List<string>();
            foreach (var property in element.EnumerateObject())
            {
                if (names.Count == 6)
                {
                    names.Add("...");
                    break;
                }

                names.Add(property.Name);
            }

            return names.Count == 0 ? "(none)" : string.Join(", ", names);
        }

        private static IReadOnlyList<JsonElement> Items(JsonElement array)
        {
            var list = new List<JsonElement>(array.GetArrayLength());
            foreach (var item in array.EnumerateArray())
            {
                list.Add(item);
            }

            return list;
        }

        /// <summary>Turns a table result back into objects, so one reader serves both formats.</summary>
        private static IReadOnlyList<JsonElement> Table(JsonElement columns, JsonElement rows)
        {
            var names = new List<string>();
            foreach (var column in columns.EnumerateArray())
            {
                names.Add(column.ValueKind == JsonValueKind.Object && column.TryGetProperty("name", out var n) ? n.GetString() ?? string.Empty : string.Empty);
            }

            var list = new List<JsonElement>();
            foreach (var row in rows.EnumerateArray())
            {
                if (row.ValueKind != JsonValueKind.Array)
                {
                    list.Add(row);
                    continue;
                }

                using var buffer = new System.IO.MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    writer.WriteStartObject();
                    var i = 0;
                    foreach (var cell in row.EnumerateArray())
                    {
                        if (i < names.Count && names[i].Length > 0)
                        {
                            writer.WritePropertyName(names[i]);
                            cell.WriteTo(writer);
                        }

                        i++;
                    }

                    writer.WriteEndObject();
                }

                list.Add(JsonDocument.Parse(buffer.ToArray()).RootElement.Clone());
            }

            return list;
        }
    }
}
