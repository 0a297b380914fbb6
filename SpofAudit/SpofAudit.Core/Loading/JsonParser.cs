using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpofAudit.Loading
{
    /// <summary>
    /// A strict RFC 8259 parser for reading reports back (Core may not depend on System.Text.Json). Tracks line
    /// and column for errors, rejects duplicate keys and trailing data, and bounds nesting depth.
    /// </summary>
    internal sealed class JsonParser
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _position;
        private int _line = 1;
        private int _lineStart;

        private JsonParser(string text)
        {
            _text = text;
        }

        /// <exception cref="JsonSyntaxException">Where and what is wrong.</exception>
        public static JsonNode Parse(string text)
        {
            var parser = new JsonParser(text);
            parser.SkipWhitespace();
            var root = parser.ParseValue(0);
            parser.SkipWhitespace();
            if (parser._position < text.Length)
            {
                throw parser.Error("unexpected data after the end of the JSON document");
            }

            return root;
        }

        private int Column => _position - _lineStart + 1;

        private JsonNode ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"nesting deeper than {MaxDepth} levels");
            }

            if (_position >= _text.Length)
            {
                throw Error("unexpected end of the document; expected a value");
            }

            var (line, column) = (_line, Column);
            switch (_text[_position])
            {
                case '{':
                    return ParseObject(depth, line, column);
                case '[':
                    return ParseArray(depth, line, column);
                case '"':
                    return new JsonNode(JsonNodeType.String, line, column, ParseString());
                case 't':
                    Expect("true");
                    return new JsonNode(JsonNodeType.Boolean, line, column, true);
                case 'f':
                    Expect("false");
                    return new JsonNode(JsonNodeType.Boolean, line, column, false);
                case 'n':
                    Expect("null");
                    return new JsonNode(JsonNodeType.Null, line, column, null);
                default:
                    return new JsonNode(JsonNodeType.Number, line, column, ParseNumber());
            }
        }

        private JsonNode ParseObject(int depth, int line, int column)
        {
            var members = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
            _position++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _position++;
                return new JsonNode(JsonNodeType.Object, line, column, members);
            }

            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw Error("expected a quoted member name");
                }

                var keyLine = _line;
                var keyColumn = Column;
                var key = ParseString();
                if (members.ContainsKey(key))
                {
                    throw Error($"duplicate member '{key}'", keyLine, keyColumn);
                }

                SkipWhitespace();
                if (Peek() != ':')
                {
                    throw Error("expected ':' after a member name");
                }

                _position++;
                SkipWhitespace();
                members[key] = ParseValue(depth + 1);
                SkipWhitespace();
                var next = Peek();
                _position++;
                if (next == '}')
                {
                    return new JsonNode(JsonNodeType.Object, line, column, members);
                }

                if (next != ',')
                {
                    _position--;
                    throw Error("expected ',' or '}'");
                }
            }
        }

        private JsonNode ParseArray(int depth, int line, int column)
        {
            var items = new List<JsonNode>();
            _position++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _position++;
                return new JsonNode(JsonNodeType.Array, line, column, items);
            }

            while (true)
            {
                SkipWhitespace();
                items.Add(ParseValue(depth + 1));
                SkipWhitespace();
                var next = Peek();
                _position++;
                if (next == ']')
                {
                    return new JsonNode(JsonNodeType.Array, line, column, items);
                }

                if (next != ',')
                {
                    _position--;
                    throw Error("expected ',' or ']'");
                }
            }
        }

        private string ParseString()
        {
            _position++;
            var builder = new StringBuilder();
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error("unterminated string");
                }

                var c = _text[_position++];
                if (c == '"')
                {
                    return builder.ToString();
                }

                if (c < ' ')
                {
                    _position--;
                    throw Error("control character in a string; it must be escaped");
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                var escape = _position < _text.Length ? _text[_position++] : '\0';
                switch (escape)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_position + 4 > _text.Length || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            throw Error("invalid \\u escape");
                        }

                        builder.Append((char)code);
                        _position += 4;
                        break;
                    default:
                        _position--;
                        throw Error($"invalid escape '\\{escape}'");
                }
            }
        }

        private double ParseNumber()
        {
            var start = _position;
            while (_position < _text.Length && "+-0123456789.eE".IndexOf(_text[_position]) >= 0)
            {
                _position++;
            }

            var token = _text.Substring(start, _position - start);
            if (token.Length == 0 || !double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                _position = start;
                throw Error("expected a value (object, array, string, number, true, false or null)");
            }

            return value;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0)
            {
                throw Error("expected a value (object, array, string, number, true, false or null)");
            }

            _position += word.Length;
        }

        private char Peek() => _position < _text.Length ? _text[_position] : '\0';

        private void SkipWhitespace()
        {
            while (_position < _text.Length)
            {
                var c = _text[_position];
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _position + 1;
                }
                else if (c != ' ' && c != '\t' && c != '\r')
                {
                    return;
                }

                _position++;
            }
        }

        private JsonSyntaxException Error(string message) => Error(message, _line, Column);

        private static JsonSyntaxException Error(string message, int line, int column) => new JsonSyntaxException(message, line, column);
    }
}
