using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// A shortcut past YamlDotNet for the YAML that architecture files are made of: block mappings and lists,
    /// single-line flow lists and mappings, plain and single-line quoted scalars, comments. On a 200,000-component
    /// file YamlDotNet's scanner and the garbage of its events were about half the load time; this reader does the
    /// same work in one pass over a reused buffer.
    /// </summary>
    /// <remarks>
    /// It gives a <see cref="TreeBuilder"/> exactly the events (values, styles, lines, columns) YamlDotNet's parser
    /// gives for the same text, and nothing else: at the first thing outside its subset (anchors, tags, block
    /// scalars, multi-line scalars or flow collections, escapes, tabs, directives, anything malformed) it throws
    /// <see cref="UnsupportedYamlException"/> and the loader reads the file again with
    /// <see cref="ParserEventReader"/>, which accepts all of YAML and words every syntax error. A differential test
    /// holds the two readers to the same trees.
    /// </remarks>
    internal sealed class FastYamlReader
    {
        private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

        private readonly TextReader _text;
        private readonly TreeBuilder _builder;
        private readonly StringCache _strings = new StringCache();
        private char[] _buffer = new char[1 << 16];
        private int _filled;
        private int _next;
        private bool _endOfText;

        // The current line is _buffer[_lineStart.._lineEnd).
        private int _lineStart;
        private int _lineEnd;
        private int _lineNumber;

        private Block[] _blocks = new Block[16];
        private int _depth;
        private bool _started;
        private bool _rootClosed;

        // A `key:` whose value was not on its line: the next line decides between a nested block and null.
        private bool _pendingValue;
        private int _pendingIndent;
        private int _pendingLine;
        private int _pendingColumn;

        private FastYamlReader(TextReader text, TreeBuilder builder)
        {
            _text = text;
            _builder = builder;
        }

        /// <summary>Reads the text into the builder and returns the root.</summary>
        /// <exception cref="UnsupportedYamlException">The text goes beyond this reader's subset.</exception>
        public static Node Read(TextReader text, TreeBuilder builder)
        {
            var reader = new FastYamlReader(text, builder);
            while (reader.NextLine())
            {
                reader.ReadLine();
            }

            reader.Finish();
            return builder.Root();
        }

        private bool NextLine()
        {
            while (true)
            {
                var newline = Array.IndexOf(_buffer, '\n', _next, _filled - _next);
                if (newline >= 0 || (_endOfText && _next < _filled))
                {
                    var end = newline >= 0 ? newline : _filled;
                    _lineStart = _next;
                    _next = newline >= 0 ? newline + 1 : _filled;
                    _lineEnd = end > _lineStart && _buffer[end - 1] == '\r' ? end - 1 : end;
                    _lineNumber++;
                    return true;
                }

                if (_endOfText)
                {
                    return false;
                }

                Refill();
            }
        }

        private void Refill()
        {
            var kept = _filled - _next;
            if (kept == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else if (_next > 0)
            {
                Array.Copy(_buffer, _next, _buffer, 0, kept);
            }

            _next = 0;
            _filled = kept;
            var read = _text.Read(_buffer, _filled, _buffer.Length - _filled);
            if (read == 0)
            {
                _endOfText = true;
            }

            _filled += read;
        }

        private void ReadLine()
        {
            CheckCharacters();
            var start = _lineStart;
            var end = _lineEnd;
            var first = start;
            while (first < end && _buffer[first] == ' ')
            {
                first++;
            }

            if (first == end || _buffer[first] == '#')
            {
                return;
            }

            var indent = first - start;
            if (indent == 0 && IsDocumentMarker(first, end))
            {
                StartExplicitDocument(first, end);
                return;
            }

            var isItem = _buffer[first] == '-' && (first + 1 == end || _buffer[first + 1] == ' ');
            if (_depth == 0)
            {
                StartRoot(first, indent, isItem);
            }
            else if (_pendingValue)
            {
                ResolvePendingValue(first, indent, isItem);
            }

            while (_depth > 0)
            {
                var top = _blocks[_depth - 1];
                if (top.Indent > indent || (top.Indentless && top.Indent == indent && !isItem))
                {
                    CloseBlock();
                    continue;
                }

                break;
            }

            if (_depth == 0 || _blocks[_depth - 1].Indent != indent)
            {
                throw Unsupported();
            }

            if (_blocks[_depth - 1].IsMapping)
            {
                if (isItem)
                {
                    throw Unsupported();
                }

                ReadEntry(first, end, indent);
            }
            else
            {
                if (!isItem)
                {
                    throw Unsupported();
                }

                ReadItem(first, end);
            }
        }

        private void StartRoot(int first, int indent, bool isItem)
        {
            if (_rootClosed || isItem || FindKeyColon(first, _lineEnd) < 0)
            {
                throw Unsupported();
            }

            if (!_started)
            {
                _builder.DocumentStart(_lineNumber, indent + 1);
                _started = true;
            }

            OpenBlock(isMapping: true, indent, indentless: false, indent + 1);
        }

        /// <summary>Only a leading <c>---</c> with nothing after it; a second document, <c>...</c> or content after the marker go to YamlDotNet.</summary>
        private void StartExplicitDocument(int first, int end)
        {
            if (_started || _buffer[first] != '-' || SkipSpaces(first + 3, end) != end)
            {
                throw Unsupported();
            }

            _builder.DocumentStart(_lineNumber, 1);
            _started = true;
            _rootClosed = false;
        }

        private void ResolvePendingValue(int first, int indent, bool isItem)
        {
            _pendingValue = false;
            if (indent > _pendingIndent)
            {
                OpenBlock(isMapping: !isItem, indent, indentless: false, indent + 1);
            }
            else if (indent == _pendingIndent && isItem)
            {
                // A list may sit at its key's own indentation.
                OpenBlock(isMapping: false, indent, indentless: true, indent + 1);
            }
            else
            {
                _builder.Scalar(string.Empty, true, _pendingLine, _pendingColumn);
            }
        }

        /// <summary>A <c>key: value</c> line of a block mapping whose keys start at <paramref name="first"/>.</summary>
        private void ReadEntry(int first, int end, int indent)
        {
            int colon;
            if (IsQuote(_buffer[first]))
            {
                colon = ReadQuoted(first, end);
                if (colon >= end || _buffer[colon] != ':' || (colon + 1 < end && _buffer[colon + 1] != ' '))
                {
                    throw Unsupported();
                }
            }
            else
            {
                colon = FindKeyColon(first, end);
                if (colon < 0 || !IsPlainStart(first, end) || _buffer[colon - 1] == ' ')
                {
                    throw Unsupported();
                }

                _builder.Scalar(Text(first, colon), true, _lineNumber, Column(first));
            }

            var value = SkipSpaces(colon + 1, end);
            if (value == end || _buffer[value] == '#')
            {
                _pendingValue = true;
                _pendingIndent = indent;
                _pendingLine = _lineNumber;
                _pendingColumn = Column(colon) + 1;
                return;
            }

            ReadInlineValue(value, end);
        }

        /// <summary>A <c>- item</c> line of a block list; the item may open a mapping (<c>- name: a</c>).</summary>
        private void ReadItem(int first, int end)
        {
            var content = SkipSpaces(first + 1, end);
            if (content == end || _buffer[content] == '#' || (_buffer[content] == '-' && (content + 1 == end || _buffer[content + 1] == ' ')))
            {
                throw Unsupported();
            }

            var startsMapping = IsQuote(_buffer[content])
                ? EndOfQuoted(content, end) is var afterQuote && afterQuote < end && _buffer[afterQuote] == ':'
                : !IsFlowStart(_buffer[content]) && FindKeyColon(content, end) >= 0;
            if (startsMapping)
            {
                var indent = content - _lineStart;
                OpenBlock(isMapping: true, indent, indentless: false, indent + 1);
                ReadEntry(content, end, indent);
                return;
            }

            ReadInlineValue(content, end);
        }

        /// <summary>A value that ends on its line: a flow collection, a quoted scalar or a plain scalar, then at most a comment.</summary>
        private void ReadInlineValue(int start, int end)
        {
            int after;
            var c = _buffer[start];
            if (IsFlowStart(c))
            {
                after = ReadFlow(start, end);
            }
            else if (IsQuote(c))
            {
                after = ReadQuoted(start, end);
            }
            else
            {
                ReadBlockPlain(start, end);
                return;
            }

            var rest = SkipSpaces(after, end);
            if (rest < end && (_buffer[rest] != '#' || rest == after))
            {
                throw Unsupported();
            }
        }

        private void ReadBlockPlain(int start, int end)
        {
            if (!IsPlainStart(start, end))
            {
                throw Unsupported();
            }

            var last = start;
            for (var i = start; i < end; i++)
            {
                var c = _buffer[i];
                if (c == ':' && (i + 1 == end || _buffer[i + 1] == ' '))
                {
                    throw Unsupported();
                }

                if (c == '#' && _buffer[i - 1] == ' ')
                {
                    break;
                }

                if (c != ' ')
                {
                    last = i;
                }
            }

            _builder.Scalar(Text(start, last + 1), true, _lineNumber, Column(start));
        }

        /// <summary>A flow list or mapping that closes on this line; returns the index after its closing bracket.</summary>
        private int ReadFlow(int start, int end)
        {
            var isList = _buffer[start] == '[';
            var close = isList ? ']' : '}';
            if (isList)
            {
                _builder.SequenceStart(_lineNumber, Column(start));
            }
            else
            {
                _builder.MappingStart(_lineNumber, Column(start));
            }

            var i = SkipSpaces(start + 1, end);
            if (i < end && _buffer[i] == close)
            {
                _builder.End();
                return i + 1;
            }

            while (true)
            {
                if (!isList)
                {
                    i = ReadFlowScalar(i, end);
                    if (i + 1 >= end || _buffer[i] != ':' || _buffer[i + 1] != ' ' || _buffer[i - 1] == ' ')
                    {
                        throw Unsupported();
                    }

                    i = SkipSpaces(i + 1, end);
                }

                i = SkipSpaces(ReadFlowNode(i, end), end);
                if (i >= end)
                {
                    throw Unsupported();
                }

                if (_buffer[i] == close)
                {
                    _builder.End();
                    return i + 1;
                }

                if (_buffer[i] != ',')
                {
                    throw Unsupported();
                }

                i = SkipSpaces(i + 1, end);
                if (i < end && _buffer[i] == close)
                {
                    throw Unsupported();
                }
            }
        }

        private int ReadFlowNode(int start, int end)
        {
            if (start >= end)
            {
                throw Unsupported();
            }

            return IsFlowStart(_buffer[start]) ? ReadFlow(start, end) : ReadFlowScalar(start, end);
        }

        /// <summary>A quoted or plain scalar inside a flow collection; returns the index after it.</summary>
        private int ReadFlowScalar(int start, int end)
        {
            if (start >= end)
            {
                throw Unsupported();
            }

            if (IsQuote(_buffer[start]))
            {
                return ReadQuoted(start, end);
            }

            if (!IsPlainStart(start, end))
            {
                throw Unsupported();
            }

            var last = start;
            var i = start;
            for (; i < end; i++)
            {
                var c = _buffer[i];
                if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{')
                {
                    break;
                }

                if (c == ':')
                {
                    if (i + 1 == end || _buffer[i + 1] == ' ' || _buffer[i + 1] == ',' || _buffer[i + 1] == ']' || _buffer[i + 1] == '}')
                    {
                        break;
                    }

                    throw Unsupported();
                }

                if (c == '#' && _buffer[i - 1] == ' ')
                {
                    throw Unsupported();
                }

                if (c != ' ')
                {
                    last = i;
                }
            }

            _builder.Scalar(Text(start, last + 1), true, _lineNumber, Column(start));
            return i;
        }

        /// <summary>A single-line quoted scalar; returns the index after its closing quote.</summary>
        private int ReadQuoted(int start, int end)
        {
            var after = EndOfQuoted(start, end);
            var inner = Text(start + 1, after - 1);
            if (_buffer[start] == '\'' && inner.IndexOf('\'') >= 0)
            {
                inner = inner.Replace("''", "'");
            }
            else if (_buffer[start] == '"' && inner.IndexOf('\\') >= 0)
            {
                inner = Unescape(inner);
            }

            _builder.Scalar(inner, false, _lineNumber, Column(start));
            return after;
        }

        private int EndOfQuoted(int start, int end)
        {
            var quote = _buffer[start];
            for (var i = start + 1; i < end; i++)
            {
                var c = _buffer[i];
                if (c == '\\' && quote == '"')
                {
                    i++;
                    continue;
                }

                if (c == quote)
                {
                    if (quote == '\'' && i + 1 < end && _buffer[i + 1] == '\'')
                    {
                        i++;
                        continue;
                    }

                    return i + 1;
                }
            }

            throw Unsupported();
        }

        /// <summary>The escapes SpofAudit's own writer uses (and their plainest kin); any other goes to YamlDotNet.</summary>
        private string Unescape(string text)
        {
            var output = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c != '\\')
                {
                    output.Append(c);
                    continue;
                }

                c = text[++i];
                switch (c)
                {
                    case '"':
                    case '\\':
                    case '/':
                        output.Append(c);
                        break;
                    case 'n':
                        output.Append('\n');
                        break;
                    case 't':
                        output.Append('\t');
                        break;
                    case 'r':
                        output.Append('\r');
                        break;
                    case '0':
                        output.Append('\0');
                        break;
                    case 'u':
                        if (i + 4 >= text.Length || !int.TryParse(text.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) || char.IsSurrogate((char)code))
                        {
                            throw Unsupported();
                        }

                        output.Append((char)code);
                        i += 4;
                        break;
                    default:
                        throw Unsupported();
                }
            }

            return output.ToString();
        }

        /// <summary>The colon that ends a plain key on this line (followed by a space or the line's end, before any comment), or -1.</summary>
        private int FindKeyColon(int start, int end)
        {
            if (IsQuote(_buffer[start]))
            {
                var after = EndOfQuoted(start, end);
                return after < end && _buffer[after] == ':' ? after : -1;
            }

            for (var i = start; i < end; i++)
            {
                var c = _buffer[i];
                if (c == ':' && (i + 1 == end || _buffer[i + 1] == ' '))
                {
                    return i;
                }

                if (c == '#' && i > start && _buffer[i - 1] == ' ')
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Plain scalars start with anything but an indicator, or with '-' before a name character (<c>-1</c>, <c>-x</c>).</summary>
        private bool IsPlainStart(int start, int end)
        {
            var c = _buffer[start];
            if (Indicators.IndexOf(c) < 0)
            {
                return true;
            }

            return c == '-' && start + 1 < end && char.IsLetterOrDigit(_buffer[start + 1]);
        }

        private bool IsDocumentMarker(int first, int end)
        {
            if (end - first < 3)
            {
                return false;
            }

            var c = _buffer[first];
            return (c == '-' || c == '.') && _buffer[first + 1] == c && _buffer[first + 2] == c && (end - first == 3 || _buffer[first + 3] == ' ');
        }

        /// <summary>
        /// Everything YAML does not take as printable text, and the characters YamlDotNet treats as line breaks or
        /// as a byte-order mark, send the file to YamlDotNet; so do tabs, which have rules of their own.
        /// </summary>
        private void CheckCharacters()
        {
            for (var i = _lineStart; i < _lineEnd; i++)
            {
                var c = _buffer[i];
                if (c >= ' ' && c < 0x7F)
                {
                    continue;
                }

                if (c < ' ' || c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= 0xFFFE || char.IsSurrogate(c))
                {
                    throw Unsupported();
                }
            }
        }

        private void OpenBlock(bool isMapping, int indent, bool indentless, int column)
        {
            if (isMapping)
            {
                _builder.MappingStart(_lineNumber, column);
            }
            else
            {
                _builder.SequenceStart(_lineNumber, column);
            }

            if (_depth == _blocks.Length)
            {
                Array.Resize(ref _blocks, _blocks.Length * 2);
            }

            _blocks[_depth++] = new Block(isMapping, indent, indentless);
        }

        private void CloseBlock()
        {
            _builder.End();
            _depth--;
            if (_depth == 0)
            {
                _rootClosed = true;
            }
        }

        private void Finish()
        {
            if (!_started || _depth == 0)
            {
                throw Unsupported();
            }

            if (_pendingValue)
            {
                _pendingValue = false;
                _builder.Scalar(string.Empty, true, _pendingLine, _pendingColumn);
            }

            while (_depth > 0)
            {
                CloseBlock();
            }
        }

        private int SkipSpaces(int start, int end)
        {
            while (start < end && _buffer[start] == ' ')
            {
                start++;
            }

            return start;
        }

        private int Column(int index) => index - _lineStart + 1;

        private UnsupportedYamlException Unsupported() => new UnsupportedYamlException(_lineNumber);

        private string Text(int start, int end) => _strings.Get(_buffer, start, end - start);

        private static bool IsQuote(char c) => c == '\'' || c == '"';

        private static bool IsFlowStart(char c) => c == '[' || c == '{';

        private readonly struct Block
        {
            public Block(bool isMapping, int indent, bool indentless)
            {
                IsMapping = isMapping;
                Indent = indent;
                Indentless = indentless;
            }

            public bool IsMapping { get; }

            public int Indent { get; }

            /// <summary>A list at its key's own indentation: it ends at the first line there that is not an item.</summary>
            public bool Indentless { get; }
        }
    }
}
