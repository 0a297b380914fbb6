using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// PowerShell cannot run on the build machines, so every script, manifest and Pester test in the
    /// repository is at least parsed with the shared PowerShell grammar checker, when it is present.
    /// </summary>
    public sealed class PowerShellSyntaxTests
    {
        private static readonly string[] Extensions = { ".ps1", ".psm1", ".psd1" };
        private static readonly string[] SkippedFolders = { "out", "bin", "obj", ".git", "node_modules" };

        private readonly ITestOutputHelper _output;

        public PowerShellSyntaxTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Every_PowerShell_file_parses()
        {
            var files = Directory.EnumerateFiles(RepositoryLayout.RepositoryRoot, "*", SearchOption.AllDirectories)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Where(f => !Path.GetRelativePath(RepositoryLayout.RepositoryRoot, f).Split(Path.DirectorySeparatorChar).Any(SkippedFolders.Contains))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
            Assert.NotEmpty(files);

            var checker = Path.GetFullPath(Path.Combine(RepositoryLayout.RepositoryRoot, "..", "shared", "tools", "ps-syntax-check"));
            if (!File.Exists(checker))
            {
                _output.WriteLine($"SKIPPED: {checker} is absent; {files.Length} PowerShell files were not syntax-checked.");
                return;
            }

            var start = new ProcessStartInfo(checker) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var file in files)
            {
                start.ArgumentList.Add(file);
            }

            // The first run installs the grammar with npm, so allow it minutes, not seconds.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var report = await stdout + await stderr;
            _output.WriteLine(report);
            Assert.True(process.ExitCode == 0, $"ps-syntax-check failed ({process.ExitCode}):\n{report}");
        }
    }
}
