using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Reports.Tests
{
    /// <summary>Where the repository, its examples and the external validators are, found from the test binaries.</summary>
    public static class RepositoryPaths
    {
        private static readonly Lazy<string> RootDirectory = new Lazy<string>(FindRoot);

        public static string Root => RootDirectory.Value;

        public static string Example(string name) => Path.Combine(Root, "examples", name);

        public static string[] ExampleModels() =>
            Directory.GetFiles(Path.Combine(Root, "examples"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal).ToArray();

        /// <summary>The Ant JUnit schema: ../shared/schemas/junit.xsd beside the repository (as CI has it), else /work/shared.</summary>
        public static string JUnitSchema() => FirstExisting(
            "the Ant JUnit schema junit.xsd",
            Path.Combine(Root, "..", "shared", "schemas", "junit.xsd"),
            "/work/shared/schemas/junit.xsd");

        /// <summary>Microsoft's SARIF Multitool, installed by build.ps1 -Task Setup into .tools/sarif (or named by SPOFAUDIT_SARIF_MULTITOOL).</summary>
        public static string SarifMultitool() => FirstExisting(
            "Sarif.Multitool (run: dotnet tool restore && dotnet pwsh ./build.ps1 -Task Setup, or: npm install --prefix .tools/sarif @microsoft/sarif-multitool-linux)",
            Environment.GetEnvironmentVariable("SPOFAUDIT_SARIF_MULTITOOL") ?? string.Empty,
            Path.Combine(Root, ".tools", "sarif", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"));

        /// <summary>Debian's chromium, installed by build.ps1 -Task Setup as root (or named by SPOFAUDIT_CHROMIUM).</summary>
        public static string Chromium() => FirstExisting(
            "chromium (run build.ps1 -Task Setup as root, or: apt-get install chromium)",
            Environment.GetEnvironmentVariable("SPOFAUDIT_CHROMIUM") ?? string.Empty,
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser");

        private static string FirstExisting(string what, params string[] candidates)
        {
            var found = candidates.FirstOrDefault(c => c.Length > 0 && File.Exists(c));
            return found != null
                ? Path.GetFullPath(found)
                : throw new FileNotFoundException($"{what} not found; looked at: {string.Join(", ", candidates.Where(c => c.Length > 0))}");
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SpofAudit.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("SpofAudit.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
