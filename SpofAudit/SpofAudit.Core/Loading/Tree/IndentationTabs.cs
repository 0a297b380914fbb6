using System.Collections.Generic;
using System.IO;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// Passes text through to YamlDotNet and notes where a tab stands in a line's leading whitespace. YamlDotNet
    /// reports "found invalid tab as indentation" at line 1, column 1 whatever the line; the loader reports the first
    /// such tab after the last node the parser read instead, so the error points at the tab.
    /// </summary>
    internal sealed class IndentationTabs : TextReader
    {
        // Enough for any real file; past it the error falls back to the parser's own (unhelpful) position.
        private const int MaxNoted = 4096;

        private readonly TextReader _inner;
        private readonly List<(int Line, int Column)> _tabs = new List<(int Line, int Column)>();
        private int _line = 1;
        private int _column = 1;
        private bool _inIndentation = true;

        public IndentationTabs(TextReader inner)
        {
            _inner = inner;
        }

        /// <summary>The first tab in leading whitespace at or after <paramref name="line"/>:<paramref name="column"/>, if any.</summary>
        public (int Line, int Column)? FirstAfter(int line, int column)
        {
            foreach (var tab in _tabs)
            {
                if (tab.Line > line || (tab.Line == line && tab.Column >= column))
                {
                    return tab;
                }
            }

            return null;
        }

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            var c = _inner.Read();
            if (c >= 0)
            {
                Note((char)c);
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var read = _inner.Read(buffer, index, count);
            for (var i = index; i < index + read; i++)
            {
                Note(buffer[i]);
            }

            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Note(char c)
        {
            if (c == '\n')
            {
                _line++;
                _column = 1;
                _inIndentation = true;
                return;
            }

            if (c == '\t' && _inIndentation && _tabs.Count < MaxNoted)
            {
                _tabs.Add((_line, _column));
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                _inIndentation = false;
            }

            _column++;
        }
    }
}
