using System;
using System.IO;

namespace SpofAudit.Cli.Tests
{
    /// <summary>A scratch directory per test class, deleted afterwards.</summary>
    public sealed class TempFiles : IDisposable
    {
        public TempFiles()
        {
            Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spofaudit-cli-tests-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string Path(string name) => System.IO.Path.Combine(Root, name);

        public string Write(string name, string text)
        {
            var path = Path(name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp directory must not fail a test.
            }
        }
    }
}
