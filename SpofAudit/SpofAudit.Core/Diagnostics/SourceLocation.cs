namespace SpofAudit.Diagnostics
{
    /// <summary>Where something was written: file, 1-based line and column. Used in every error.</summary>
    public sealed class SourceLocation
    {
        public SourceLocation(string file, int line, int column)
        {
            File = file;
            Line = line;
            Column = column;
        }

        public string File { get; }
        public int Line { get; }
        public int Column { get; }

        /// <summary>A location for objects built in code rather than read from a file.</summary>
        public static SourceLocation None { get; } = new SourceLocation("<memory>", 0, 0);

        public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
    }
}
