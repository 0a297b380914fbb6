using System.Globalization;
using System.Text;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Writes a string as an RFC 8259 JSON string literal. Everything outside printable ASCII is written
    /// as a \u escape, so the output is pure ASCII: it survives any console or file encoding unchanged,
    /// and U+2028/U+2029 cannot break a consumer that embeds it in JavaScript.
    /// </summary>
    public static class JsonEscaper
    {
        public static string Quote(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            AppendQuoted(builder, value);
            return builder.ToString();
        }

        public static void AppendQuoted(StringBuilder builder, string value)
        {
            builder.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c >= 0x20 && c < 0x7F)
                        {
                            builder.Append(c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            // A well-formed pair is one code point: JSON writes it as two UTF-16 escapes.
                            AppendUnicodeEscape(builder, c);
                            AppendUnicodeEscape(builder, value[++i]);
                        }
                        else if (char.IsSurrogate(c))
                        {
                            // A lone surrogate is not a character; strict parsers reject it, so write U+FFFD.
                            AppendUnicodeEscape(builder, '\uFFFD');
                        }
                        else
                        {
                            AppendUnicodeEscape(builder, c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }

        private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
    }
}
