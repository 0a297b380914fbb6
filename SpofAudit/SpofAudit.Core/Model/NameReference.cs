using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// A name as a source wrote it, with where it was written, so that an error about it (an unknown zone,
    /// owner or dependency) can point at the exact spot. Sources without positions leave the location null;
    /// the builder then reports the location of the thing that holds the reference.
    /// </summary>
    /// <remarks>
    /// A struct holding the position as numbers: a large model has millions of references, almost none is ever
    /// reported, and every object kept while loading costs garbage-collection time.
    /// </remarks>
    public readonly struct NameReference
    {
        private readonly string? _name;

        // Either the file (with _line and _column) or a whole SourceLocation, or null: one field instead of two
        // keeps the struct at 24 bytes, and a large model holds millions of these in arrays.
        private readonly object? _where;
        private readonly int _line;
        private readonly int _column;

        public NameReference(string name, SourceLocation? location = null)
        {
            _name = name;
            _where = location;
            _line = 0;
            _column = 0;
        }

        /// <summary>A reference at file:line:column (1-based).</summary>
        public NameReference(string name, string file, int line, int column)
        {
            _name = name;
            _where = file;
            _line = line;
            _column = column;
        }

        public string Name => _name ?? string.Empty;

        /// <summary>Where the name was written, or null when the source did not say.</summary>
        public SourceLocation? Location => _where is string file ? new SourceLocation(file, _line, _column) : (SourceLocation?)_where;

        public override string ToString() => Name;
    }
}
