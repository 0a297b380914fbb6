using System;
using System.Diagnostics;
using System.IO;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// The built spofaudit as a real process: the console wiring (Program, stdout/stderr, exit code) that the
    /// in-process tests bypass.
    /// </summary>
    public sealed class ProcessTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        [Fact]
        public void Report_gate_exits_1_with_the_summary_last()
        {
            var result = Spofaudit("report", Examples.Path("web-tier.yaml"), "--fail-on", "high");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal("6 findings in web-tier: 4 High, 1 Medium, 1 Low", result.StdoutLines[^1]);
            Assert.Equal(string.Empty, result.Stderr);
        }

        [Fact]
        public void Bad_file_exits_2_with_one_stderr_line()
        {
            var path = _files.Write("typo.yaml", "apiVersion: spofaudit/v1\nname: typo\ncomponents:\n  web:\n    dependOn: [db]\n  db: {kind: database}\n");
            var line = Spofaudit("report", path).AssertOneLineError();
            Assert.Contains("typo.yaml:5:5: ", line);
            Assert.Contains("did you mean 'dependsOn'?", line);
        }

        [Fact]
        public void Parse_error_exits_2_not_1()
        {
            Spofaudit("report", Examples.Path("web-tier.yaml"), "--format", "xml").AssertOneLineError();
        }

        public void Dispose() => _files.Dispose();

        private static CliResult Spofaudit(params string[] args)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spofaudit.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "spofaudit did not finish within a minute");
            return new CliResult(process.ExitCode, stdout, stderr.Result);
        }
    }
}
