using System;
using System.Collections.Generic;

namespace SpofAudit.Loading
{
    /// <summary>
    /// One shared string per distinct name read in one load. The parser makes a new string for every occurrence;
    /// a 200,000-component model names the same zones, owners, kinds and components hundreds of thousands of
    /// times, and keeping one copy of each saves memory and garbage-collection time.
    /// </summary>
    internal sealed class NamePool
    {
        private readonly Dictionary<string, string> _names = new Dictionary<string, string>(StringComparer.Ordinal);

        public string Intern(string name)
        {
            if (_names.TryGetValue(name, out var shared))
            {
                return shared;
            }

            _names.Add(name, name);
            return name;
        }
    }
}
