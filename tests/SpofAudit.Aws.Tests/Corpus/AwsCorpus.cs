using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Aws.Tests.Corpus
{
    /// <summary>
    /// tests/corpus/aws: AWS CLI outputs other people recorded (tests/corpus/aws/SOURCES names each file's
    /// repository, path, commit and licence), and variants with one field changed, named <c>*.variant-*.json</c>.
    /// </summary>
    internal static class AwsCorpus
    {
        private static readonly Lazy<string> Root = new Lazy<string>(Find);

        public static string Directory => Root.Value;

        /// <summary>The full paths of corpus files given relative to tests/corpus/aws.</summary>
        public static string[] Files(params string[] names) =>
            names.Select(n => Path.Combine(Directory, n.Replace('/', Path.DirectorySeparatorChar))).ToArray();

        /// <summary>Every corpus file, relative to tests/corpus/aws with forward slashes.</summary>
        public static string[] All() =>
            System.IO.Directory.GetFiles(Directory, "*.json", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Directory, p).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(p => p, StringComparer.Ordinal)
                .ToArray();

        private static string Find()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "corpus", "aws");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/corpus/aws not found above " + AppContext.BaseDirectory);
        }
    }
}
