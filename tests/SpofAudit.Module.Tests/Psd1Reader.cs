using System;
using System.Collections.Generic;
using System.Text;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// A strict reader for the subset of PowerShell data files (.psd1) a module manifest needs:
    /// hashtables <c>@{ key = value }</c>, arrays <c>@( ... )</c> or comma lists, single- and
    /// double-quoted strings, and comments. Anything else (variables, expressions, numbers, $true)
    /// is an error with line and column, so the manifest cannot drift into something this test
    /// would misread. Values come back as string, IReadOnlyList&lt;object&gt; or
    /// IReadOnlyDictionary&lt;string, object&gt; (keys case-insensitive, as in PowerShell).
    /// </summary>
    public sealed class Psd1Reader
    {
        private readonly string _text;
        private int _position;

        private Psd1Reader(string text)
        {
            _text = text;
        }

        public static IReadOnlyDictionary<string, object> Parse(string text)
        {
            var reader = new Psd1Reader(text);
            reader.SkipTrivia(newlines: true);
            var table = reader.ReadHashtable();
            reader.SkipTrivia(newlines: true);
            if (!reader.AtEnd)
            {
                throw reader.Error("only one hashtable may appear in a data file");
            }

            return table;
        }

        private bool AtEnd => _position >= _text.Length;

        private char Current => _text[_position];

        private IReadOnlyDictionary<string, object> ReadHashtable()
        {
            Expect("@{");
            var table = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            while (true)
            {
                SkipSeparators(';');
                if (TryConsume("}"))
                {
                    return table;
                }

                var keyLine = Location();
                var key = ReadKey();
                SkipTrivia(newlines: false);
                Expect("=");
                SkipTrivia(newlines: true);
                var value = ReadValue();
                if (table.ContainsKey(key))
                {
                    throw new FormatException($"{keyLine}: duplicate key '{key}'");
                }

                table[key] = value;
                SkipTrivia(newlines: false);
                if (!AtEnd && Current != '\n' && Current != '\r' && Current != ';' && Current != '}')
                {
                    throw Error("expected a new line, ';' or '}' after a hashtable entry");
                }
            }
        }

        private IReadOnlyList<object> ReadArray()
        {
            Expect("@(");
            var items = new List<object>();
            while (true)
            {
                SkipSeparators(',');
                if (TryConsume(")"))
                {
                    return items;
                }

                items.Add(ReadPrimary());
                SkipTrivia(newlines: false);
                if (!AtEnd && Current != '\n' && Current != '\r' && Current != ',' && Current != ')')
                {
                    throw Error("expected ',', a new line or ')' after an array element");
                }
            }
        }

        /// <summary>A value: one primary, or a comma list of them (PowerShell's array without @()).</summary>
        private object ReadValue()
        {
            var first = ReadPrimary();
            SkipTrivia(newlines: false);
            if (AtEnd || Current != ',')
            {
                return first;
            }

            var items = new List<object> { first };
            while (TryConsume(","))
            {
                SkipTrivia(newlines: true);
                items.Add(ReadPrimary());
                SkipTrivia(newlines: false);
            }

            return items;
        }

        private object ReadPrimary()
        {
            if (AtEnd)
            {
                throw Error("expected a value but the file ended");
            }

            if (LookingAt("@{"))
            {
                return ReadHashtable();
            }

            if (LookingAt("@("))
            {
                return ReadArray();
            }

            if (Current == '\'' || Current == '"')
            {
                return ReadString();
            }

            throw Error($"unsupported value starting with '{Current}' (only strings, @() arrays and @{{}} hashtables)");
        }

        private string ReadKey()
        {
            if (!AtEnd && (Current == '\'' || Current == '"'))
            {
                return ReadString();
            }

            var start = _position;
            while (!AtEnd && (char.IsLetterOrDigit(Current) || Current == '_'))
            {
                _position++;
            }

            if (start == _position || char.IsDigit(_text[start]))
            {
                throw Error("expected a key name");
            }

            return _text.Substring(start, _position - start);
        }

        private string ReadString()
        {
            var quote = Current;
            var start = Location();
            _position++;
            var value = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    throw new FormatException($"{start}: unterminated string");
                }

                var c = Current;
                _position++;
                if (c == quote)
                {
                    // A doubled quote is the quote character itself.
                    if (!AtEnd && Current == quote)
                    {
                        value.Append(quote);
                        _position++;
                        continue;
                    }

                    return value.ToString();
                }

                if (quote == '"' && (c == '$' || c == '`'))
                {
                    // Expandable strings would need PowerShell to evaluate; a manifest has no use for them.
                    throw new FormatException($"{start}: '{c}' in a double-quoted string; use a single-quoted string");
                }

                value.Append(c);
            }
        }

        private void SkipSeparators(char separator)
        {
            while (true)
            {
                SkipTrivia(newlines: true);
                if (!TryConsume(separator.ToString()))
                {
                    return;
                }
            }
        }

        /// <summary>Skips blanks and comments, and line breaks too when <paramref name="newlines"/> is set.</summary>
        private void SkipTrivia(bool newlines)
        {
            while (!AtEnd)
            {
                var c = Current;
                if (c == ' ' || c == '\t' || (newlines && (c == '\r' || c == '\n')))
                {
                    _position++;
                }
                else if (LookingAt("<#"))
                {
                    var end = _text.IndexOf("#>", _position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Error("unterminated block comment");
                    }

                    _position = end + 2;
                }
                else if (c == '#')
                {
                    while (!AtEnd && Current != '\n' && Current != '\r')
                    {
                        _position++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private bool LookingAt(string token) => string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

        private bool TryConsume(string token)
        {
            if (!LookingAt(token))
            {
                return false;
            }

            _position += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!TryConsume(token))
            {
                throw Error($"expected '{token}'");
            }
        }

        private string Location()
        {
            var line = 1;
            var column = 1;
            for (var i = 0; i < _position && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            return $"{line}:{column}";
        }

        private FormatException Error(string message) => new FormatException($"{Location()}: {message}");
    }
}
