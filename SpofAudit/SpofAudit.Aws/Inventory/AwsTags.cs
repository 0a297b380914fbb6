using System;
using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>A resource's tags, key to value, compared as AWS does (case-sensitive keys).</summary>
    public sealed class AwsTags
    {
        private readonly Dictionary<string, string> _tags;

        public AwsTags(IEnumerable<KeyValuePair<string, string>> tags)
        {
            _tags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                _tags[tag.Key] = tag.Value;
            }
        }

        public static AwsTags None { get; } = new AwsTags(Array.Empty<KeyValuePair<string, string>>());

        public IReadOnlyDictionary<string, string> All => _tags;

        /// <summary>The first of <paramref name="keys"/> present with a non-blank value, else null.</summary>
        public string? Get(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (_tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }

            return null;
        }
    }
}
