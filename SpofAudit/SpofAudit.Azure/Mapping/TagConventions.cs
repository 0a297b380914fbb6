using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// What SpofAudit reads from Azure tags (keys compared ignoring case, as Azure does): owners from
    /// <c>Owner</c>, <c>Team</c> and <c>spof:owners</c>; extra hard dependencies from <c>spof:dependsOn</c>
    /// (<c>soft:</c> before a name makes it soft); <c>spof:criticality</c> high, medium or low.
    /// Lists are separated by commas or semicolons.
    /// </summary>
    internal static class TagConventions
    {
        public const string DependsOnTag = "spof:dependsOn";
        public const string CriticalityTag = "spof:criticality";
        public const string SoftPrefix = "soft:";
        private static readonly string[] OwnerTags = { "Owner", "Team", "spof:owners" };
        private static readonly char[] Separators = { ',', ';' };

        public static IReadOnlyList<string> Owners(IReadOnlyDictionary<string, string> tags)
        {
            var owners = new List<string>();
            foreach (var key in OwnerTags)
            {
                foreach (var owner in List(tags, key))
                {
                    if (!owners.Contains(owner, StringComparer.Ordinal))
                    {
                        owners.Add(owner);
                    }
                }
            }

            return owners;
        }

        public static IEnumerable<(string Target, bool Soft)> DependsOn(IReadOnlyDictionary<string, string> tags) =>
            List(tags, DependsOnTag).Select(entry => entry.StartsWith(SoftPrefix, StringComparison.OrdinalIgnoreCase)
                ? (entry.Substring(SoftPrefix.Length).Trim(), true)
                : (entry, false));

        /// <summary>The tag's criticality, null when absent; an unknown word comes back in <paramref name="invalid"/>.</summary>
        public static Criticality? Criticality(IReadOnlyDictionary<string, string> tags, out string? invalid)
        {
            invalid = null;
            var value = Find(tags, CriticalityTag);
            if (value == null)
            {
                return null;
            }

            if (Enum.TryParse<Criticality>(value.Trim(), ignoreCase: true, out var criticality) && Enum.IsDefined(typeof(Criticality), criticality))
            {
                return criticality;
            }

            invalid = value;
            return null;
        }

        private static IEnumerable<string> List(IReadOnlyDictionary<string, string> tags, string key) =>
            (Find(tags, key) ?? string.Empty).Split(Separators).Select(s => s.Trim()).Where(s => s.Length > 0);

        private static string? Find(IReadOnlyDictionary<string, string> tags, string key)
        {
            if (tags.TryGetValue(key, out var value))
            {
                return value;
            }

            foreach (var tag in tags)
            {
                if (string.Equals(tag.Key, key, StringComparison.OrdinalIgnoreCase))
                {
                    return tag.Value;
                }
            }

            return null;
        }
    }
}
