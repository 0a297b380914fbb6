using System;
using System.IO;

namespace SpofAudit.Azure.Tests
{
    /// <summary>The recorded inventories under Fixtures/, copied beside the test assembly.</summary>
    internal static class Fixtures
    {
        public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

        public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
    }
}
