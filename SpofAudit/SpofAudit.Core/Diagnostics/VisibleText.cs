using System.Globalization;
using System.Text;

namespace SpofAudit.Diagnostics
{
    /// <summary>
    /// Makes characters that could act instead of show visible, as escapes a reader can see: names come from cloud
    /// tags anyone with tag rights can set, and a raw ESC would move a terminal's cursor, recolour or retitle it, a
    /// raw newline would forge a line of output, a bidirectional override would reorder what is shown. Every text
    /// face passes names through <see cref="ForTerminal"/>; XML writers pass theirs through <see cref="ForXml"/>.
    /// Machine formats that escape by their own rules (JSON, CSV, SARIF) keep the exact text.
    /// </summary>
    public static class VisibleText
    {
        /// <summary>
        /// Text for one line of a terminal or log: C0 and C1 control characters, DEL, bidirectional controls, lone
        /// surrogates and the non-characters U+FFFE/U+FFFF become <c>\e</c>, <c>\n</c>, <c>\xNN</c> or <c>\uNNNN</c>.
        /// </summary>
        public static string ForTerminal(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            var first = FirstUnsafe(text, forXml: false);
            return first < 0 ? text : Escape(text, first, forXml: false);
        }

        /// <summary>
        /// Text XML 1.0 can hold: the characters it forbids (C0 controls but tab, newline and carriage return, lone
        /// surrogates, U+FFFE, U+FFFF) become the same visible escapes; <paramref name="replaced"/> says whether any did.
        /// </summary>
        public static string ForXml(string text, out bool replaced)
        {
            var first = text == null ? -1 : FirstUnsafe(text, forXml: true);
            replaced = first >= 0;
            return text == null ? string.Empty : first < 0 ? text : Escape(text, first, forXml: true);
        }

        /// <summary>What the escapes mean, for formats that say so beside the text.</summary>
        public const string EscapeNote =
            "characters that cannot be shown as they are (control characters, U+FFFE, U+FFFF, lone surrogates) are written as \\e, \\n, \\r, \\t, \\xNN or \\uNNNN";

        private static int FirstUnsafe(string text, bool forXml)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsUnsafe(text, i, forXml))
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Escape(string text, int first, bool forXml)
        {
            var builder = new StringBuilder(text.Length + 8);
            builder.Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (!IsUnsafe(text, i, forXml))
                {
                    builder.Append(c);
                }
                else
                {
                    AppendEscape(builder, c);
                }
            }

            return builder.ToString();
        }

        private static void AppendEscape(StringBuilder builder, char c)
        {
            switch (c)
            {
                case '\u001b': builder.Append("\\e"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    builder.Append(c < 0x100 ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        private static bool IsUnsafe(string text, int i, bool forXml)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                return char.IsHighSurrogate(c) ? !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) : !(i > 0 && char.IsHighSurrogate(text[i - 1]));
            }

            if (c == '\uFFFE' || c == '\uFFFF')
            {
                return true;
            }

            if (forXml)
            {
                return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            }

            // C0, DEL, C1, and the bidirectional embeddings, overrides and isolates (the "Trojan Source" characters).
            return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') ||
                   c == '\u200E' || c == '\u200F' || c == '\u061C';
        }
    }
}
