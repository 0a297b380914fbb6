using System;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// <see cref="FastYamlReader"/> met YAML outside its subset. Never reaches a user: the loader catches it and
    /// reads the file with the complete reader instead.
    /// </summary>
    internal sealed class UnsupportedYamlException : Exception
    {
        public UnsupportedYamlException(int line)
            : base($"line {line} is beyond the fast reader's subset")
        {
            Line = line;
        }

        /// <summary>The line it stopped at, for tests and debugging.</summary>
        public int Line { get; }
    }
}
