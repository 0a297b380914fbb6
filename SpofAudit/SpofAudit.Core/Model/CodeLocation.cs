using System;
using System.Collections.Generic;
using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Where a component's code lives (<c>code: {repo: PATH, paths: [..]}</c>): a repository's working tree and the
    /// paths in it, which evidence sources (CODEOWNERS) read to learn who can operate the component.
    /// </summary>
    public sealed class CodeLocation
    {
        public CodeLocation(string repository, IReadOnlyList<string> paths, SourceLocation location, TimeSpan? history = null)
        {
            History = history;
            Repository = repository ?? throw new ArgumentNullException(nameof(repository));
            Paths = paths ?? throw new ArgumentNullException(nameof(paths));
            Location = location;
        }

        /// <summary>The repository's folder: the path written, joined to the folder of the file that wrote it.</summary>
        public string Repository { get; }

        /// <summary>Repository paths of the component's code; a path ending in <c>/</c> is a folder.</summary>
        public IReadOnlyList<string> Paths { get; }

        /// <summary>
        /// How far back to read the repository's git history for who changed the paths (<c>history: 365d</c>), counted
        /// back from the repository's newest commit; null: history is not read.
        /// </summary>
        public TimeSpan? History { get; }

        /// <summary>Where <c>code</c> was written.</summary>
        public SourceLocation Location { get; }
    }
}
