using System;
using System.Collections.Generic;

namespace SpofAudit.Loading.Tree
{
    /// <summary>A mapping with scalar keys, in document order. Rejects duplicate keys as they are added.</summary>
    internal sealed class MappingNode : Node
    {
        // Most mappings are small; a linear scan beats hashing until this many keys.
        private const int IndexThreshold = 8;

        private readonly List<KeyValuePair<ScalarNode, Node>> _entries = new List<KeyValuePair<ScalarNode, Node>>();
        private Dictionary<string, ScalarNode>? _index;

        public MappingNode(int line, int column)
            : base(line, column)
        {
        }

        public IReadOnlyList<KeyValuePair<ScalarNode, Node>> Entries => _entries;

        /// <summary>Adds the entry, or returns the earlier key with the same text and adds nothing.</summary>
        public ScalarNode? Add(ScalarNode key, Node value)
        {
            var earlier = Find(key.Value);
            Size += key.Size + value.Size;
            if (earlier != null)
            {
                return earlier;
            }

            _entries.Add(new KeyValuePair<ScalarNode, Node>(key, value));
            _index?.Add(key.Value, key);
            if (_index == null && _entries.Count > IndexThreshold)
            {
                _index = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
                foreach (var entry in _entries)
                {
                    _index.Add(entry.Key.Value, entry.Key);
                }
            }

            if (value.Height >= Height)
            {
                Height = value.Height + 1;
            }

            return null;
        }

        /// <summary>The value for a key, or null.</summary>
        public Node? Get(string key)
        {
            foreach (var entry in _entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Value;
                }
            }

            return null;
        }

        private ScalarNode? Find(string key)
        {
            if (_index != null)
            {
                return _index.TryGetValue(key, out var found) ? found : null;
            }

            foreach (var entry in _entries)
            {
                if (entry.Key.Value == key)
                {
                    return entry.Key;
                }
            }

            return null;
        }

        public override string Describe() => "a mapping";
    }
}
