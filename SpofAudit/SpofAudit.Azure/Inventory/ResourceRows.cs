using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Finds the resource rows in a JSON document, whichever tool wrote it: a bare array (<c>az resource list</c>),
    /// an object with a <c>data</c> array (<c>az graph query</c>, the Resource Graph REST response), a <c>data</c>
    /// table of <c>columns</c> and <c>rows</c> (the older table result format), or an ARM list's <c>value</c> array.
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
            }

            error = "expected an array of resources (az resource list) or an object with a 'data' array (az graph query, Resource Graph)";
            return null;
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
