using System;

namespace SpofAudit.Loading
{
    /// <summary>Text that is not valid JSON: what is wrong and where (1-based line and column).</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(string message, int line, int column)
            : base(message)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }
    }
}
