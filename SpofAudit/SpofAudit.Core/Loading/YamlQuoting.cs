using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Writes a string as a YAML scalar that reads back as the same string in any YAML 1.1 or 1.2 reader: plain
    /// when it is a simple name that cannot be mistaken for a number, boolean or null, double-quoted otherwise.
    /// </summary>
    internal static class YamlQuoting
    {
        // Words some YAML reader resolves to a boolean or null.
        private static readonly HashSet<string> Reserved = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
        };

        public static void Append(StringBuilder output, string value)
        {
            if (IsPlainSafe(value))
            {
                output.Append(value);
                return;
            }

            output.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"':
                        output.Append("\\\"");
                        break;
                    case '\\':
                        output.Append("\\\\");
                        break;
                    case '\n':
                        output.Append("\\n");
                        break;
                    case '\t':
                        output.Append("\\t");
                        break;
                    default:
                        if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || (char.IsSurrogate(c) && !IsPaired(value, i)))
                        {
                            output.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            output.Append(c);
                        }

                        break;
                }
            }

            output.Append('"');
        }

        /// <summary>Starts with a letter or '_', continues with letters, digits and <c>_ . - /</c>, and is no reserved word.</summary>
        private static bool IsPlainSafe(string value)
        {
            if (value.Length == 0 || Reserved.Contains(value) || !(IsAsciiLetter(value[0]) || value[0] == '_'))
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-' || c == '/'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        // A lone surrogate cannot be written as UTF-8; pairs are kept as the character they encode.
        private static bool IsPaired(string value, int i)
        {
            return char.IsHighSurrogate(value[i])
                ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : i > 0 && char.IsHighSurrogate(value[i - 1]);
        }
    }
}
