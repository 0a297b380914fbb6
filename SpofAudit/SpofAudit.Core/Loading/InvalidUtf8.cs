using System;
using System.IO;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Finds where a file stops being UTF-8, for the error that says so: the decoder only says that it failed, and a
    /// user with a large file needs the line and column of the first bad byte.
    /// </summary>
    internal static class InvalidUtf8
    {
        /// <summary>
        /// The InvalidEncoding error at the first bad byte of <paramref name="file"/> ("<paramref name="what"/> is not
        /// valid UTF-8 text"); at the file alone when the byte cannot be found again (the file changed meanwhile).
        /// </summary>
        public static SpofDiagnostic Diagnostic(string file, long maxBytes, string what)
        {
            (int Line, int Column, byte Byte)? bad;
            try
            {
                bad = Find(file, maxBytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                bad = null;
            }

            var location = bad is { } at ? new SourceLocation(file, at.Line, at.Column) : new SourceLocation(file, 0, 0);
            var detail = bad is { } b ? $": byte 0x{b.Byte:X2} here does not start or continue a UTF-8 character" : string.Empty;
            return new SpofDiagnostic(DiagnosticCodes.InvalidEncoding, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidEncoding), location, $"{what} is not valid UTF-8 text{detail}");
        }

        /// <summary>The line and column (in characters, from 1) of the first byte that is not valid UTF-8, and that byte; null when none is found.</summary>
        public static (int Line, int Column, byte Byte)? Find(string path, long maxBytes)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Find(stream, maxBytes);
        }

        public static (int Line, int Column, byte Byte)? Find(Stream stream, long maxBytes)
        {
            var buffer = new byte[1 << 16];
            var pending = new byte[4];
            int pendingCount = 0, expected = 0, line = 1, column = 1;
            long total = 0;
            int read;
            while (total < maxBytes && (read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read; i++, total++)
                {
                    var b = buffer[i];
                    if (expected > 0)
                    {
                        if (!IsContinuation(b, pending[0], pendingCount))
                        {
                            return (line, column, pending[0]);
                        }

                        pending[pendingCount++] = b;
                        if (pendingCount == expected)
                        {
                            // A byte-order mark is no character of the first line.
                            var isByteOrderMark = total == 2 && pending[0] == 0xEF && pending[1] == 0xBB && pending[2] == 0xBF;
                            column += isByteOrderMark ? 0 : expected == 4 ? 2 : 1;
                            expected = 0;
                        }

                        continue;
                    }

                    if (b < 0x80)
                    {
                        if (b == (byte)'\n')
                        {
                            line++;
                            column = 1;
                        }
                        else
                        {
                            column++;
                        }

                        continue;
                    }

                    expected = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                    if (expected == 0)
                    {
                        return (line, column, b);
                    }

                    pending[0] = b;
                    pendingCount = 1;
                }
            }

            return expected > 0 ? (line, column, pending[0]) : ((int, int, byte)?)null;
        }

        // The second byte of E0, ED, F0 and F4 sequences is narrower: no overlong forms, no surrogates, nothing past U+10FFFF.
        private static bool IsContinuation(byte b, byte lead, int position)
        {
            if (position == 1)
            {
                switch (lead)
                {
                    case 0xE0: return b >= 0xA0 && b <= 0xBF;
                    case 0xED: return b >= 0x80 && b <= 0x9F;
                    case 0xF0: return b >= 0x90 && b <= 0xBF;
                    case 0xF4: return b >= 0x80 && b <= 0x8F;
                }
            }

            return b >= 0x80 && b <= 0xBF;
        }
    }
}
