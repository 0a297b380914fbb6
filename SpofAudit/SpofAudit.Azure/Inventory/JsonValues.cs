using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Tolerant reads of ARM JSON: a missing or null property, or one of another type, reads as absent, because
    /// resource providers omit what is unset and exports differ in what they include.
    /// </summary>
    internal static class JsonValues
    {
        /// <summary>Follows a path of property names; ARM writes camelCase but exports are not always consistent,
        /// so a name is matched exactly first and then ignoring case.</summary>
        public static JsonElement? Get(JsonElement element, params string[] path)
        {
            var current = element;
            foreach (var name in path)
            {
                if (current.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                if (!current.TryGetProperty(name, out var next) && !TryGetIgnoringCase(current, name, out next))
                {
                    return null;
                }

                current = next;
            }

            return current.ValueKind == JsonValueKind.Null || current.ValueKind == JsonValueKind.Undefined ? (JsonElement?)null : current;
        }

        public static string? String(JsonElement element, params string[] path)
        {
            var value = Get(element, path);
            return value?.ValueKind switch
            {
                JsonValueKind.String => value.Value.GetString(),
                JsonValueKind.Number => value.Value.GetRawText(),
                _ => null,
            };
        }

        public static int? Int(JsonElement element, params string[] path)
        {
            var value = Get(element, path);
            if (value?.ValueKind == JsonValueKind.Number && value.Value.TryGetInt32(out var number))
            {
                return number;
            }

            return value?.ValueKind == JsonValueKind.String
                && int.TryParse(value.Value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : (int?)null;
        }

        public static bool Bool(JsonElement element, params string[] path)
        {
            var value = Get(element, path);
            return value?.ValueKind == JsonValueKind.True
                || (value?.ValueKind == JsonValueKind.String && string.Equals(value.Value.GetString(), "true", StringComparison.OrdinalIgnoreCase));
        }

        public static IEnumerable<JsonElement> Array(JsonElement element, params string[] path)
        {
            var value = Get(element, path);
            if (value?.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            foreach (var item in value.Value.EnumerateArray())
            {
                yield return item;
            }
        }

        public static IReadOnlyList<string> Strings(JsonElement element, params string[] path)
        {
            var list = new List<string>();
            foreach (var item in Array(element, path))
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    list.Add(item.GetString()!);
                }
            }

            return list;
        }

        /// <summary>The ids of an array of <c>{"id": ...}</c> references.</summary>
        public static IReadOnlyList<string> Ids(JsonElement element, params string[] path)
        {
            var list = new List<string>();
            foreach (var item in Array(element, path))
            {
                var id = String(item, "id");
                if (!string.IsNullOrEmpty(id))
                {
                    list.Add(id!);
                }
            }

            return list;
        }

        private static bool TryGetIgnoringCase(JsonElement element, string name, out JsonElement value)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
