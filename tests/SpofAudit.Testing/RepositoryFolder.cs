using System;
using System.IO;

namespace SpofAudit.Testing
{
    /// <summary>The repository's root folder (the one holding SpofAudit.slnx), found above the running test.</summary>
    public static class RepositoryFolder
    {
        public static string Root
        {
            get
            {
                var directory = new DirectoryInfo(AppContext.BaseDirectory);
                while (directory != null && !File.Exists(Path.Combine(directory.FullName, "SpofAudit.slnx")))
                {
                    directory = directory.Parent;
                }

                return directory?.FullName ?? throw new InvalidOperationException("SpofAudit.slnx not found above " + AppContext.BaseDirectory);
            }
        }
    }
}
