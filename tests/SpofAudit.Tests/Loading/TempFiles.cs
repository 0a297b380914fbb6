using System;
using System.IO;

namespace SpofAudit.Tests.Loading
{
    /// <summary>A private temporary directory for file-based loader tests, deleted afterwards.</summary>
    internal sealed class TempFiles : IDisposable
    {
        public TempFiles()
        {
            Directory = Path.Combine(Path.GetTempPath(), "spofaudit-loader-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        public string Write(string name, string text)
        {
            var path = Path.Combine(Directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        public string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(Directory, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}
