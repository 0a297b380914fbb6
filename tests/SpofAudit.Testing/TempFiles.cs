using System;
using System.IO;

namespace SpofAudit.Testing
{
    /// <summary>A private scratch directory for tests that need real files, deleted afterwards.</summary>
    public sealed class TempFiles : IDisposable
    {
        public TempFiles()
        {
            Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spofaudit-tests-" + Guid.NewGuid().ToString("N"));
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

        public string Write(string name, byte[] bytes)
        {
            var path = Path(name);
            File.WriteAllBytes(path, bytes);
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
