namespace SpofAudit.Loading
{
    /// <summary>
    /// What a value is, for an error message: <c>'zones' of component 'app'</c>, or <c>an entry of ...</c>.
    /// Kept as parts and only put together when an error is reported: a large file has millions of values
    /// and almost never an error.
    /// </summary>
    internal readonly struct Subject
    {
        private readonly string _where;
        private readonly string? _key;
        private readonly bool _entry;

        /// <param name="where">The thing holding the value, e.g. <c>component 'app'</c>.</param>
        /// <param name="key">The key of the value in it, if any.</param>
        /// <param name="entry">Whether the value is one entry of the list under that key.</param>
        public Subject(string where, string? key = null, bool entry = false)
        {
            _where = where;
            _key = key;
            _entry = entry;
        }

        /// <summary>An entry of the list this subject names.</summary>
        public Subject Entry() => new Subject(_where, _key, entry: true);

        public static implicit operator Subject(string where) => new Subject(where);

        public override string ToString()
        {
            var what = _key == null ? _where : $"'{_key}' of {_where}";
            return _entry ? "an entry of " + what : what;
        }
    }
}
