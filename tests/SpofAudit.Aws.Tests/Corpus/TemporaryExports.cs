using System;
using System.Collections.Generic;
using System.IO;

namespace SpofAudit.Aws.Tests.Corpus
{
    /// <summary>Export files written to a fresh temporary folder, deleted afterwards.</summary>
    internal sealed class TemporaryExports : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "spofaudit-aws-" + Guid.NewGuid().ToString("N"));
        private readonly List<string> _files = new List<string>();

        public TemporaryExports()
        {
            Directory.CreateDirectory(_directory);
        }

        public IReadOnlyList<string> Files => _files;

        public string Write(string name, string text)
        {
            var path = Path.Combine(_directory, name);
            File.WriteAllText(path, text);
            _files.Add(path);
            return path;
        }

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
