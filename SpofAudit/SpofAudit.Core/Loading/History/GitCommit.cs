using System.Collections.Generic;

namespace SpofAudit.Loading.History
{
    /// <summary>One non-merge commit as <c>git log --name-status</c> prints it: its author, when, and the files it touched.</summary>
    internal sealed class GitCommit
    {
        public GitCommit(string author, long unixTime, IReadOnlyList<GitFileChange> files)
        {
            Author = author;
            UnixTime = unixTime;
            Files = files;
        }

        /// <summary>The author's name as git prints it (<c>%aN</c>, so the repository's .mailmap applies).</summary>
        public string Author { get; }

        /// <summary>The author date, in seconds since 1970.</summary>
        public long UnixTime { get; }

        public IReadOnlyList<GitFileChange> Files { get; }
    }

    /// <summary>A file a commit added (<c>A</c>), modified (<c>M</c>) or deleted (<c>D</c>); renames are read as delete and add.</summary>
    internal readonly struct GitFileChange
    {
        public GitFileChange(char status, string path)
        {
            Status = status;
            Path = path;
        }

        public char Status { get; }
        public string Path { get; }
    }
}
