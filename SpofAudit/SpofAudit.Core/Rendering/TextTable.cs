using SpofAudit.Diagnostics;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Left-aligned columns for a terminal: a header, a rule of dashes, then the rows, two spaces between
    /// columns and no trailing blanks. A column may have a maximum width; longer cells end in "..." so one
    /// long name cannot push every other column off the screen. The last column is never cut.
    /// </summary>
    public sealed class TextTable
    {
        private const string Gap = "  ";
        private const string Ellipsis = "...";

        private readonly string[] _headers;
        private readonly int[] _maxWidths;
        private readonly List<string[]> _rows = new List<string[]>();

        /// <summary>A table of <paramref name="columns"/>: each a header and a maximum width (0: unbounded).</summary>
        public TextTable(params (string Header, int MaxWidth)[] columns)
        {
            _headers = columns.Select(c => c.Header).ToArray();
            _maxWidths = columns.Select(c => c.MaxWidth).ToArray();
        }

        public void AddRow(params string[] cells)
        {
            if (cells.Length != _headers.Length)
            {
                throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
            }

            _rows.Add(cells.Select((cell, i) => Fit(OneLine(cell), i)).ToArray());
        }

        public void Write(TextWriter writer)
        {
            var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
            WriteLine(writer, _headers, widths);
            WriteLine(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
            foreach (var row in _rows)
            {
                WriteLine(writer, row, widths);
            }
        }

        private static void WriteLine(TextWriter writer, string[] cells, int[] widths)
        {
            var padded = cells.Select((cell, i) => i == cells.Length - 1 ? cell : cell.PadRight(widths[i]));
            writer.WriteLine(string.Join(Gap, padded).TrimEnd());
        }

        private string Fit(string cell, int column)
        {
            var max = _maxWidths[column];
            var isLast = column == _headers.Length - 1;
            if (isLast || max <= 0 || cell.Length <= max)
            {
                return cell;
            }

            return cell.Substring(0, Math.Max(0, max - Ellipsis.Length)) + Ellipsis;
        }

        // A cell is one line: a newline or tab from the input would break the alignment of every row below, and an
        // escape sequence would act on the terminal; both are shown as escapes.
        private static string OneLine(string cell) => VisibleText.ForTerminal(cell);
    }
}
