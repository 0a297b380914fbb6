using System;
using System.Collections.Generic;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// A mapping with scalar keys, in document order. Rejects duplicate keys as they are added. A streamed
    /// mapping keeps only its keys (for the duplicate check): its entries are handed on as they complete, so a
    /// 200,000-component file never exists as one tree.
    /// </summary>
    internal sealed class MappingNode : Node
    {
        // Most mappings are small; a linear scan beats hashing until this many keys.
        private const int IndexThreshold = 16;

        private readonly List<KeyValuePair<ScalarNode, Node>> _entries = new List<KeyValuePair<ScalarNode, Node>>();
        private Dictionary<string, ScalarNode>? _index;
        private long _size = 1;
        private int _height = 1;

        public MappingNode(int line, int column, bool streamed = false)
            : base(line, column)
        {
            IsStreamed = streamed;
            if (streamed)
            {
                _index = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
            }
        }

        /// <summary>True when entries are handed on rather than kept; <see cref="Entries"/> is then empty.</summary>
        public bool IsStreamed { get; }

        // The concrete list, so the readers' foreach loops take its struct enumerator instead of boxing one per mapping.
        public List<KeyValuePair<ScalarNode, Node>> Entries => _entries;

        public override long Size => _size;
        public override int Height => _height;

        /// <summary>Adds the entry (only its key, when streamed), or returns the earlier key with the same text and adds nothing.</summary>
        public ScalarNode? Add(ScalarNode key, Node value)
        {
            var earlier = Find(key.Value);
            _size += key.Size + value.Size;
            if (earlier != null)
            {
                return earlier;
            }

            if (value.Height >= _height)
            {
                _height = value.Height + 1;
            }

            _index?.Add(key.Value, key);
            if (IsStreamed)
            {
                return null;
            }

            _entries.Add(new KeyValuePair<ScalarNode, Node>(key, value));
            if (_index == null && _entries.Count > IndexThreshold)
            {
                _index = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
                foreach (var entry in _entries)
                {
                    _index.Add(entry.Key.Value, entry.Key);
                }
            }

            return null;
        }

        public bool ContainsKey(string key) => Find(key) != null;

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

        public override string Describe() => "a mapping";

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
    }
}
