using System;
using System.IO;

namespace SpofAudit.Reports.Tests
{
    /// <summary>A scratch directory per test, deleted afterwards.</summary>
    public sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spofaudit-reports-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
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
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp directory must not fail a test.
            }
        }
    }
}
