namespace SpofAudit.Loading
{
    /// <summary>
    /// What a value is, for an error message: <c>'zones' of component 'app'</c>, or <c>an entry of ...</c>.
    /// Kept as parts and only put together when an error is reported: a large file has millions of values
    /// and almost never an error. The thing holding the value (<c>component 'app'</c>) is itself kept as up to
    /// five parts, so naming a component or instance costs no string until a message needs it.
    /// </summary>
    internal readonly struct Subject
    {
        private readonly string _where;
        private readonly string? _part1;
        private readonly string? _part2;
        private readonly string? _part3;
        private readonly string? _part4;
        private readonly string? _key;
        private readonly bool _entry;

        /// <param name="where">The thing holding the value, e.g. <c>component 'app'</c>.</param>
        /// <param name="key">The key of the value in it, if any.</param>
        /// <param name="entry">Whether the value is one entry of the list under that key.</param>
        public Subject(string where, string? key = null, bool entry = false)
            : this(where, null, null, null, null, key, entry)
        {
        }

        private Subject(string where, string? part1, string? part2, string? part3, string? part4, string? key, bool entry)
        {
            _where = where;
            _part1 = part1;
            _part2 = part2;
            _part3 = part3;
            _part4 = part4;
            _key = key;
            _entry = entry;
        }

        /// <summary><c>component 'name'</c>.</summary>
        public static Subject Component(string name) => new Subject("component '", name, "'", null, null, null, false);

        /// <summary><c>instance 'name' of component 'component'</c>.</summary>
        public static Subject Instance(string name, string component) =>
            new Subject("instance '", name, "' of component '", component, "'", null, false);

        /// <summary><c>a dependency of component 'component'</c>.</summary>
        public static Subject DependencyOf(string component) => new Subject("a dependency of component '", component, "'", null, null, null, false);

        /// <summary><c>'standby' of component 'component'</c>.</summary>
        public static Subject StandbyOf(string component) => new Subject("'standby' of component '", component, "'", null, null, null, false);

        /// <summary><c>'capacity' of component 'component'</c>.</summary>
        public static Subject CapacityOf(string component) => new Subject("'capacity' of component '", component, "'", null, null, null, false);

        /// <summary><c>'backup' of component 'component'</c>.</summary>
        public static Subject BackupOf(string component) => new Subject("'backup' of component '", component, "'", null, null, null, false);

        public static Subject CodeOf(string component) => new Subject("'code' of component '", component, "'", null, null, null, false);

        /// <summary>The value under <paramref name="key"/> in the thing this subject names.</summary>
        public Subject Key(string key) => new Subject(_where, _part1, _part2, _part3, _part4, key, false);

        /// <summary>An entry of the list this subject names.</summary>
        public Subject Entry() => new Subject(_where, _part1, _part2, _part3, _part4, _key, entry: true);

        /// <summary>The thing holding the value, without the key: <c>component 'app'</c>.</summary>
        public string Where => _part1 == null ? _where : _where + _part1 + _part2 + _part3 + _part4;

        public static implicit operator Subject(string where) => new Subject(where);

        public override string ToString()
        {
            var what = _key == null ? Where : $"'{_key}' of {Where}";
            return _entry ? "an entry of " + what : what;
        }
    }
}
