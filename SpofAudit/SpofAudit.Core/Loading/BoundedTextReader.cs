using System.IO;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Stops reading past <see cref="LoaderLimits.MaxFileBytes"/> characters, for inputs whose size is not known
    /// up front (pipes, /dev/stdin). Every UTF-8 character is at least one byte, so more characters than the limit
    /// means more bytes than the limit.
    /// </summary>
    internal sealed class BoundedTextReader : TextReader
    {
        private readonly TextReader _inner;
        private readonly long _maxChars;
        private readonly string _file;
        private long _read;

        public BoundedTextReader(TextReader inner, long maxChars, string file)
        {
            _inner = inner;
            _maxChars = maxChars;
            _file = file;
        }

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            var c = _inner.Read();
            if (c >= 0)
            {
                Count(1);
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = _inner.Read(buffer, index, count);
            Count(n);
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Count(int n)
        {
            _read += n;
            if (_read > _maxChars)
            {
                throw new SpofInputException(new SpofDiagnostic(
                    DiagnosticCodes.InputTooLarge,
                    DiagnosticCodes.CategoryOf(DiagnosticCodes.InputTooLarge),
                    new SourceLocation(_file, 0, 0),
                    $"input is larger than the limit of {_maxChars} bytes"));
            }
        }
    }
}
