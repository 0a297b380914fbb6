using System;
using System.Collections.Generic;

namespace SpofAudit.Loading.History
{
    /// <summary>What git history says about a component's code: its authors, out of how many files and changes, since when.</summary>
    internal sealed class CodeAuthorship
    {
        public CodeAuthorship(IReadOnlyList<CodeAuthor> authors, int files, int changes, DateTimeOffset since)
        {
            Authors = authors;
            Files = files;
            Changes = changes;
            Since = since;
        }

        /// <summary>The authors, most files first.</summary>
        public IReadOnlyList<CodeAuthor> Authors { get; }

        /// <summary>Files under the component's paths at the newest commit.</summary>
        public int Files { get; }

        /// <summary>Commits within the window that touched those paths.</summary>
        public int Changes { get; }

        public DateTimeOffset Since { get; }
    }

    /// <summary>One author: of how many of the files, and how many of the changes within the window were theirs.</summary>
    internal sealed class CodeAuthor
    {
        public CodeAuthor(string name, int files, int changes)
        {
            Name = name;
            Files = files;
            Changes = changes;
        }

        public string Name { get; }
        public int Files { get; }
        public int Changes { get; }
    }
}
