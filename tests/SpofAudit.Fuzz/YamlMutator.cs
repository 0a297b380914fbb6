using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SpofAudit.Fuzz
{
    /// <summary>
    /// Mutates the bytes of a YAML file the ways files really break: lines lost, doubled or swapped, indentation
    /// off by a space or a tab, a byte flipped or an invalid UTF-8 byte inserted, control characters, the file cut
    /// short, scalars replaced by hostile tokens (anchors, aliases, merge keys, huge or negative numbers).
    /// </summary>
    internal sealed class YamlMutator
    {
        private static readonly string[] Tokens =
        {
            "", "-1", "0", "99999999999999999999", "1e308", "null", "~", "[", "]", "{", "}", "&a", "*a", "<<: *a", "<<",
            "!!binary", "'", "\"", "\\u0000", "yes", "\t", "[a, a]", "{a: 1, a: 2}", "- x", "? x", "|", ">", "#",
            "\u001b[31m", "\u202e", "\uFFFE", new string('z', 300),
        };

        private readonly Random _random;

        public YamlMutator(Random random)
        {
            _random = random;
        }

        /// <summary>One to three mutations of <paramref name="original"/>, and what they were.</summary>
        public (byte[] Bytes, string Description) Mutate(byte[] original)
        {
            var bytes = original.ToList();
            var applied = new List<string>();
            for (var count = _random.Next(1, 4); count > 0; count--)
            {
                applied.Add(MutateOnce(bytes));
            }

            return (bytes.ToArray(), string.Join("; ", applied));
        }

        private string MutateOnce(List<byte> bytes)
        {
            var lines = SplitLines(bytes);
            switch (_random.Next(10))
            {
                case 0 when lines.Count > 1:
                    var dropped = _random.Next(lines.Count);
                    lines.RemoveAt(dropped);
                    Join(bytes, lines);
                    return $"line {dropped + 1} deleted";
                case 1 when lines.Count > 0:
                    var doubled = _random.Next(lines.Count);
                    lines.Insert(doubled, lines[doubled]);
                    Join(bytes, lines);
                    return $"line {doubled + 1} doubled";
                case 2 when lines.Count > 1:
                    var a = _random.Next(lines.Count);
                    var b = _random.Next(lines.Count);
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    Join(bytes, lines);
                    return $"lines {a + 1} and {b + 1} swapped";
                case 3 when lines.Count > 0:
                    var indented = _random.Next(lines.Count);
                    var prefix = _random.Next(3) switch { 0 => " ", 1 => "\t", _ => "  " };
                    if (_random.Next(2) == 0 && lines[indented].Length > 0 && lines[indented][0] == (byte)' ')
                    {
                        lines[indented] = lines[indented].Skip(1).ToArray();
                        Join(bytes, lines);
                        return $"line {indented + 1} dedented";
                    }

                    lines[indented] = Encoding.UTF8.GetBytes(prefix).Concat(lines[indented]).ToArray();
                    Join(bytes, lines);
                    return $"line {indented + 1} indented by {(prefix == "\t" ? "a tab" : prefix.Length + " space(s)")}";
                case 4 when bytes.Count > 0:
                    var flipped = _random.Next(bytes.Count);
                    bytes[flipped] ^= (byte)(1 << _random.Next(8));
                    return $"bit flipped at byte {flipped}";
                case 5:
                    var at = _random.Next(bytes.Count + 1);
                    var invalid = _random.Next(4) switch { 0 => new byte[] { 0xC3 }, 1 => new byte[] { 0xFF }, 2 => new byte[] { 0xE2, 0x82 }, _ => new byte[] { 0x00 } };
                    bytes.InsertRange(at, invalid);
                    return $"bytes {BitConverter.ToString(invalid)} inserted at {at}";
                case 6 when bytes.Count > 0:
                    var cut = _random.Next(bytes.Count);
                    bytes.RemoveRange(cut, bytes.Count - cut);
                    return $"cut at byte {cut}";
                case 7 when lines.Count > 0:
                    var line = _random.Next(lines.Count);
                    var text = Encoding.UTF8.GetString(lines[line]);
                    var colon = text.IndexOf(':');
                    var token = Tokens[_random.Next(Tokens.Length)];
                    var replaced = colon >= 0 ? text.Substring(0, colon + 1) + " " + token : text + token;
                    lines[line] = Encoding.UTF8.GetBytes(replaced);
                    Join(bytes, lines);
                    return $"line {line + 1} value replaced by {Printable(token)}";
                case 8 when lines.Count > 0:
                    var keyLine = _random.Next(lines.Count);
                    var keyText = Encoding.UTF8.GetString(lines[keyLine]);
                    var keyColon = keyText.IndexOf(':');
                    if (keyColon > 0)
                    {
                        var indent = keyText.Length - keyText.TrimStart().Length;
                        lines[keyLine] = Encoding.UTF8.GetBytes(keyText.Substring(0, indent) + Tokens[_random.Next(Tokens.Length)] + keyText.Substring(keyColon));
                        Join(bytes, lines);
                        return $"line {keyLine + 1} key replaced";
                    }

                    return "no key to replace";
                default:
                    var control = (byte)_random.Next(0, 32);
                    var where = _random.Next(bytes.Count + 1);
                    bytes.Insert(where, control);
                    return $"control byte 0x{control:X2} inserted at {where}";
            }
        }

        private static string Printable(string token) =>
            token.Length > 20 ? $"'{token.Substring(0, 5)}...' ({token.Length} chars)" : "'" + string.Concat(token.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "'";

        private static List<byte[]> SplitLines(List<byte> bytes)
        {
            var lines = new List<byte[]>();
            var start = 0;
            for (var i = 0; i <= bytes.Count; i++)
            {
                if (i == bytes.Count || bytes[i] == (byte)'\n')
                {
                    lines.Add(bytes.GetRange(start, i - start).ToArray());
                    start = i + 1;
                }
            }

            return lines;
        }

        private static void Join(List<byte> bytes, List<byte[]> lines)
        {
            bytes.Clear();
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    bytes.Add((byte)'\n');
                }

                bytes.AddRange(lines[i]);
            }
        }
    }
}
