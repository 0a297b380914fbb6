using System;
using System.IO;

namespace SpofAudit.Cli.Tests
{
    /// <summary>Paths of the repository's examples/*.yaml, found by walking up from the test binaries.</summary>
    public static class Examples
    {
        private static readonly Lazy<string> Directory = new Lazy<string>(Find);

        public static string Path(string name) => System.IO.Path.Combine(Directory.Value, name);

        private static string Find()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "examples");
                if (File.Exists(System.IO.Path.Combine(candidate, "web-tier.yaml")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("examples/ not found above " + AppContext.BaseDirectory);
        }
    }
}
