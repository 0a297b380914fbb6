using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// The recorded three-tier account under examples/aws/three-tier: an Internet-facing ALB over an Auto Scaling
    /// group in two zones, a Multi-AZ PostgreSQL database, a single-node session cache, and private subnets in both
    /// zones whose default route goes through one NAT gateway in us-east-1a.
    /// </summary>
    internal static class RecordedAccount
    {
        private static readonly Lazy<string> DirectoryPath = new Lazy<string>(Find);

        public static string Directory => DirectoryPath.Value;

        public static string[] ExportFiles() =>
            System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(p => p, StringComparer.Ordinal).ToArray();

        public static string File(string name) => Path.Combine(Directory, name);

        private static string Find()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "examples", "aws", "three-tier");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("examples/aws/three-tier not found above " + AppContext.BaseDirectory);
        }
    }
}
