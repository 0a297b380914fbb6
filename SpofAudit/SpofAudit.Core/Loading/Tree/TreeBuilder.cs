using System;
using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// Builds the loader's <see cref="Node"/> tree from a stream of YAML node events, whichever reader produces
    /// them, and enforces <see cref="LoaderLimits"/> as it goes: nesting depth, alias expansion. The entries of
    /// one top-level mapping (the streamed key, <c>components</c>) are handed to a sink as each completes instead
    /// of being kept, which bounds memory by the largest entry rather than the file. Fatal problems throw
    /// <see cref="SpofInputException"/>; duplicate keys, non-scalar keys and tags are collected in the caller's
    /// list and building goes on (the first value of a duplicated key is kept).
    /// </summary>
    internal sealed class TreeBuilder
    {
        private readonly string _file;
        private readonly LoaderLimits _limits;
        private readonly List<SpofDiagnostic> _diagnostics;
        private readonly string? _streamedKey;
        private readonly Action<ScalarNode, Node>? _sink;
        private readonly OpenStack _open = new OpenStack();
        private readonly Dictionary<string, Node> _anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
        private readonly List<Node>? _documentRoots;
        private int _documents;
        private int _documentLine = 1;
        private int _documentColumn = 1;
        private long _writtenNodes;
        private long _aliasNodes;
        private Node? _root;

        /// <summary>Entries of the mapping under top-level key <c>streamedKey</c> go to <c>sink</c> instead of the tree.</summary>
        public TreeBuilder(string file, LoaderLimits limits, List<SpofDiagnostic> diagnostics, string? streamedKey = null, Action<ScalarNode, Node>? sink = null)
        {
            _file = file;
            _limits = limits;
            _diagnostics = diagnostics;
            _streamedKey = streamedKey;
            _sink = sink;
        }

        private TreeBuilder(string file, LoaderLimits limits, List<SpofDiagnostic> diagnostics, List<Node> documentRoots)
            : this(file, limits, diagnostics)
        {
            _documentRoots = documentRoots;
        }

        /// <summary>
        /// A builder for a stream of documents separated by <c>---</c> (a Backstage catalog file holds one entity a
        /// document); read the roots with <see cref="Documents"/>. Limits apply to the stream as a whole.
        /// </summary>
        public static TreeBuilder ForDocuments(string file, LoaderLimits limits, List<SpofDiagnostic> diagnostics) =>
            new TreeBuilder(file, limits, diagnostics, new List<Node>());

        public void DocumentStart(int line, int column)
        {
            if (_documentRoots != null)
            {
                // Anchors belong to their document (YAML 1.2, 3.2.2.2).
                FinishDocument();
                _anchors.Clear();
                _documentLine = line;
                _documentColumn = column;
                return;
            }

            if (++_documents > 1)
            {
                throw Fatal(DiagnosticCodes.MultipleDocuments, line, column, "a file must hold exactly one YAML document; found a second one ('---')");
            }

            _documentLine = line;
            _documentColumn = column;
        }

        public void Scalar(string value, bool isPlain, int line, int column, string? anchor = null, string? tag = null)
        {
            _writtenNodes++;
            CheckTag(tag, line, column);
            Complete(new ScalarNode(value, isPlain && tag == null, line, column), anchor);
        }

        public void SequenceStart(int line, int column, string? anchor = null, string? tag = null)
        {
            _writtenNodes++;
            CheckTag(tag, line, column);
            Open(new SequenceNode(line, column), anchor, line, column);
        }

        public void MappingStart(int line, int column, string? anchor = null, string? tag = null)
        {
            _writtenNodes++;
            CheckTag(tag, line, column);
            Open(new MappingNode(line, column, IsStreamed(anchor)), anchor, line, column);
        }

        /// <summary>Closes the innermost open mapping or list.</summary>
        public void End()
        {
            var closed = _open.Pop();
            Complete(closed.Node!, closed.Anchor);
        }

        public void Alias(string name, int line, int column) => Complete(Expand(name, line, column), null);

        /// <summary>The document's root node, never an empty one.</summary>
        public Node Root()
        {
            if (_root == null)
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, 1, 1, "the file is empty; expected a spofaudit/v1 document starting with 'apiVersion: spofaudit/v1'");
            }

            if (_root is ScalarNode scalarRoot && scalarRoot.IsNull)
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, _documentLine, _documentColumn, "the document is empty; expected a spofaudit/v1 document starting with 'apiVersion: spofaudit/v1'");
            }

            return _root;
        }

        /// <summary>The roots of a stream's documents in order, empty documents left out (multi-document builders only).</summary>
        public IReadOnlyList<Node> Documents()
        {
            if (_documentRoots == null)
            {
                throw new InvalidOperationException("a single-document builder has one root; call Root()");
            }

            FinishDocument();
            return _documentRoots;
        }

        /// <summary>A problem that stops reading. Problems collected before it stay in the caller's list.</summary>
        public SpofInputException Fatal(string code, int line, int column, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(_file, line, column), message));

        private void FinishDocument()
        {
            if (_root != null && !(_root is ScalarNode { IsNull: true }))
            {
                _documentRoots!.Add(_root);
            }

            _root = null;
        }

        private void Open(Node node, string? anchor, int line, int column)
        {
            if (_open.Count + 1 > _limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.NestingTooDeep, line, column, $"mappings and lists are nested more than {_limits.MaxDepth} levels deep");
            }

            _open.Push(node, anchor);
        }

        /// <summary>
        /// The value of the streamed top-level key, unless it is anchored (an alias would see it empty) or the key is
        /// a duplicate (its entries must not count).
        /// </summary>
        private bool IsStreamed(string? anchor)
        {
            if (_sink == null || _open.Count != 1 || anchor != null)
            {
                return false;
            }

            var root = _open.Peek();
            return root.Node is MappingNode rootMapping && root.AwaitingValue &&
                root.Key?.Value == _streamedKey && !rootMapping.ContainsKey(_streamedKey!);
        }

        private Node Expand(string name, int line, int column)
        {
            if (!_anchors.TryGetValue(name, out var target))
            {
                throw Fatal(DiagnosticCodes.UnknownAlias, line, column, $"alias '*{name}' refers to no anchor defined before it (and not to a node that contains it)");
            }

            _aliasNodes += target.Size;
            var allowed = _limits.MaxAliasNodes + (_limits.AliasNodesPerNode * _writtenNodes);
            if (_aliasNodes > allowed)
            {
                throw Fatal(
                    DiagnosticCodes.AliasExpansionTooLarge,
                    line,
                    column,
                    $"aliases expand to more than {allowed} nodes (at '*{name}'); this looks like an alias bomb");
            }

            if (_open.Count + target.Height > _limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.NestingTooDeep, line, column, $"alias '*{name}' nests mappings and lists more than {_limits.MaxDepth} levels deep");
            }

            return target;
        }

        /// <summary>Attaches a finished node to its parent (or makes it the root) and registers its anchor.</summary>
        private void Complete(Node node, string? anchor)
        {
            if (anchor != null)
            {
                _anchors[anchor] = node;
            }

            if (_open.Count == 0)
            {
                _root = node;
                return;
            }

            var parent = _open.Peek();
            if (parent.Node is SequenceNode sequence)
            {
                sequence.Add(node);
                return;
            }

            var mapping = (MappingNode)parent.Node!;
            if (!parent.AwaitingValue)
            {
                parent.AwaitingValue = true;
                parent.Key = node as ScalarNode;
                if (parent.Key == null)
                {
                    Report(DiagnosticCodes.WrongType, node.Line, node.Column, $"a mapping key must be a name, found {node.Describe()}");
                }

                return;
            }

            parent.AwaitingValue = false;
            if (parent.Key != null)
            {
                var earlier = mapping.Add(parent.Key, node);
                if (earlier != null)
                {
                    Report(DiagnosticCodes.DuplicateKey, parent.Key.Line, parent.Key.Column, $"duplicate key '{parent.Key.Value}'; it is already given at line {earlier.Line}, column {earlier.Column}");
                }
                else if (mapping.IsStreamed)
                {
                    _sink!(parent.Key, node);
                }
            }
        }

        private void CheckTag(string? tag, int line, int column)
        {
            if (tag != null)
            {
                Report(DiagnosticCodes.UnsupportedTag, line, column, $"YAML tag '{tag}' is not supported; write the value without a tag (quote it to make it a string)");
            }
        }

        private void Report(string code, int line, int column, string message) =>
            _diagnostics.Add(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(_file, line, column), message));

        /// <summary>
        /// The open mappings and lists, innermost on top. An entry per nesting level is allocated once and reused:
        /// a large file opens millions of nodes, but never more than <see cref="LoaderLimits.MaxDepth"/> at once.
        /// </summary>
        private sealed class OpenStack
        {
            private OpenNode[] _items = new OpenNode[16];

            public int Count { get; private set; }

            public void Push(Node node, string? anchor)
            {
                if (Count == _items.Length)
                {
                    Array.Resize(ref _items, _items.Length * 2);
                }

                var open = _items[Count] ??= new OpenNode();
                open.Reset(node, anchor);
                Count++;
            }

            /// <summary>The innermost open node; valid until the next <see cref="Push"/> at its level.</summary>
            public OpenNode Peek() => _items[Count - 1];

            /// <summary>Removes the innermost open node and returns it; valid until the next <see cref="Push"/>.</summary>
            public OpenNode Pop() => _items[--Count];
        }
    }
}
