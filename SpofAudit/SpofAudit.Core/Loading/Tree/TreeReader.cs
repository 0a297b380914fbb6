using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using SpofAudit.Diagnostics;
using SpofAudit.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// Reads one YAML file into a <see cref="Node"/> tree from YamlDotNet's low-level parser events, enforcing
    /// <see cref="LoaderLimits"/> as it goes: nesting depth, alias expansion. Exactly one non-empty document.
    /// The entries of one top-level mapping (the streamed key, <c>components</c>) are handed to a sink as each
    /// completes instead of being kept, which bounds memory by the largest entry rather than the file.
    /// Fatal problems throw <see cref="SpofInputException"/>; duplicate keys, non-scalar keys and tags are
    /// collected in the caller's list and reading goes on (the first value of a duplicated key is kept).
    /// </summary>
    internal sealed class TreeReader
    {
        private static readonly Regex MarkPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        private readonly string _file;
        private readonly LoaderLimits _limits;
        private readonly List<SpofDiagnostic> _diagnostics;
        private readonly string? _streamedKey;
        private readonly Action<ScalarNode, Node>? _sink;
        private readonly OpenStack _open = new OpenStack();
        private readonly Dictionary<string, Node> _anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
        private Mark _documentStart = Mark.Empty;
        private long _writtenNodes;
        private long _aliasNodes;
        private Node? _root;

        /// <summary>Entries of the mapping under top-level key <c>streamedKey</c> go to <c>sink</c> instead of the tree.</summary>
        public TreeReader(string file, LoaderLimits limits, List<SpofDiagnostic> diagnostics, string? streamedKey = null, Action<ScalarNode, Node>? sink = null)
        {
            _file = file;
            _limits = limits;
            _diagnostics = diagnostics;
            _streamedKey = streamedKey;
            _sink = sink;
        }

        /// <summary>The document's root node, never an empty one.</summary>
        public Node Read(TextReader text)
        {
            using var parser = new PrefetchingParser(new Parser(text));
            var documents = 0;
            while (Next(parser))
            {
                switch (parser.Current)
                {
                    case DocumentStart start:
                        if (++documents > 1)
                        {
                            throw Fatal(DiagnosticCodes.MultipleDocuments, start.Start, "a file must hold exactly one YAML document; found a second one ('---')");
                        }

                        _documentStart = start.Start;
                        break;
                    case Scalar scalar:
                        _writtenNodes++;
                        CheckTag(scalar.Tag, scalar.Start);
                        Complete(new ScalarNode(scalar.Value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty, Line(scalar.Start), Column(scalar.Start)), AnchorOf(scalar.Anchor));
                        break;
                    case SequenceStart sequence:
                        _writtenNodes++;
                        CheckTag(sequence.Tag, sequence.Start);
                        Open(new SequenceNode(Line(sequence.Start), Column(sequence.Start)), AnchorOf(sequence.Anchor), sequence.Start);
                        break;
                    case MappingStart mapping:
                        _writtenNodes++;
                        CheckTag(mapping.Tag, mapping.Start);
                        Open(new MappingNode(Line(mapping.Start), Column(mapping.Start), IsStreamed(mapping)), AnchorOf(mapping.Anchor), mapping.Start);
                        break;
                    case SequenceEnd _:
                    case MappingEnd _:
                        var closed = _open.Pop();
                        Complete(closed.Node!, closed.Anchor);
                        break;
                    case AnchorAlias alias:
                        Complete(Expand(alias), null);
                        break;
                }
            }

            if (_root == null)
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, 1, 1, "the file is empty; expected a spofaudit/v1 document starting with 'apiVersion: spofaudit/v1'");
            }

            if (_root is ScalarNode scalarRoot && scalarRoot.IsNull)
            {
                throw Fatal(DiagnosticCodes.EmptyDocument, _documentStart, "the document is empty; expected a spofaudit/v1 document starting with 'apiVersion: spofaudit/v1'");
            }

            return _root;
        }

        private bool Next(IParser parser)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (YamlException e)
            {
                throw Fatal(DiagnosticCodes.YamlSyntax, e.Start, "invalid YAML: " + MarkPrefix.Replace(e.Message, string.Empty));
            }
            catch (Exception e) when (e is InvalidOperationException || e is IndexOutOfRangeException || e is NullReferenceException ||
                                       (e is ArgumentException && !(e is System.Text.DecoderFallbackException)))
            {
                // Some malformed input trips YamlDotNet's scanner without a YamlException (and without a position):
                // report it as a syntax error where the last good node ended.
                var end = parser.Current?.End ?? Mark.Empty;
                throw Fatal(DiagnosticCodes.YamlSyntax, end, "invalid YAML: the parser cannot go on after this point (an unclosed bracket or quote?)");
            }
        }

        private void Open(Node node, string? anchor, Mark start)
        {
            if (_open.Count + 1 > _limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.NestingTooDeep, start, $"mappings and lists are nested more than {_limits.MaxDepth} levels deep");
            }

            _open.Push(node, anchor);
        }

        /// <summary>
        /// The value of the streamed top-level key, unless it is anchored (an alias would see it empty) or the key is
        /// a duplicate (its entries must not count).
        /// </summary>
        private bool IsStreamed(MappingStart mapping)
        {
            if (_sink == null || _open.Count != 1 || !mapping.Anchor.IsEmpty)
            {
                return false;
            }

            var root = _open.Peek();
            return root.Node is MappingNode rootMapping && root.AwaitingValue &&
                root.Key?.Value == _streamedKey && !rootMapping.ContainsKey(_streamedKey!);
        }

        private Node Expand(AnchorAlias alias)
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw Fatal(DiagnosticCodes.UnknownAlias, alias.Start, $"alias '*{alias.Value.Value}' refers to no anchor defined before it (and not to a node that contains it)");
            }

            _aliasNodes += target.Size;
            var allowed = _limits.MaxAliasNodes + (_limits.AliasNodesPerNode * _writtenNodes);
            if (_aliasNodes > allowed)
            {
                throw Fatal(
                    DiagnosticCodes.AliasExpansionTooLarge,
                    alias.Start,
                    $"aliases expand to more than {allowed} nodes (at '*{alias.Value.Value}'); this looks like an alias bomb");
            }

            if (_open.Count + target.Height > _limits.MaxDepth)
            {
                throw Fatal(DiagnosticCodes.NestingTooDeep, alias.Start, $"alias '*{alias.Value.Value}' nests mappings and lists more than {_limits.MaxDepth} levels deep");
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

        private void CheckTag(TagName tag, Mark start)
        {
            if (!tag.IsEmpty)
            {
                Report(DiagnosticCodes.UnsupportedTag, Line(start), Column(start), $"YAML tag '{tag.Value}' is not supported; write the value without a tag (quote it to make it a string)");
            }
        }

        private void Report(string code, int line, int column, string message) =>
            _diagnostics.Add(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(_file, line, column), message));

        private SpofInputException Fatal(string code, Mark mark, string message) => Fatal(code, Line(mark), Column(mark), message);

        /// <summary>A problem that stops reading. Problems collected before it stay in the caller's list.</summary>
        private SpofInputException Fatal(string code, int line, int column, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(_file, line, column), message));

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static int Line(Mark mark) => (int)Math.Min(int.MaxValue, Math.Max(1, mark.Line));

        private static int Column(Mark mark) => (int)Math.Min(int.MaxValue, Math.Max(1, mark.Column));

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
