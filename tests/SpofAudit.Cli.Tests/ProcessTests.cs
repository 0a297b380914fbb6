using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using SpofAudit.Testing;

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

        [Fact]
        public async Task Ctrl_c_stops_a_long_run_promptly_with_exit_130()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // SIGINT cannot be sent to another process from .NET on Windows.
            }

            // The model comes through a named pipe the test never finishes writing, so spofaudit is reliably
            // still loading when Ctrl+C arrives, however fast the machine: loading is not interruptible, and
            // the grace period must end it. The pipe's open returning proves spofaudit is reading it.
            var path = _files.Path("endless.yaml");
            using (var mkfifo = Process.Start("mkfifo", new[] { path }))
            {
                mkfifo.WaitForExit();
                Assert.Equal(0, mkfifo.ExitCode);
            }

            using var process = Process.Start(SpofauditProcess.StartInfo(null, "report", path))!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var opening = Task.Run(() => new FileStream(path, FileMode.Open, FileAccess.Write));
            Assert.True(await Task.WhenAny(opening, Task.Delay(TimeSpan.FromSeconds(30))) == opening, "spofaudit never opened its input");
            await using var writer = await opening;
            await writer.WriteAsync(Encoding.UTF8.GetBytes("apiVersion: spofaudit/v1\nname: endless\ncomponents:\n"));
            await writer.FlushAsync();
            Assert.False(process.HasExited, "spofaudit ended before its input did");
            var interrupted = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", new[] { "-s", "INT", process.Id.ToString(CultureInfo.InvariantCulture) }))
            {
                kill.WaitForExit();
            }

            Assert.True(process.WaitForExit(10_000), "spofaudit ignored Ctrl+C");
            Assert.True(interrupted.Elapsed < TimeSpan.FromSeconds(5), $"took {interrupted.Elapsed} to stop");
            var result = new CliResult(process.ExitCode, await stdout, await stderr);
            Assert.Equal("spofaudit: cancelled", result.AssertOneLineError(ExitCodes.Cancelled));
        }

        [Fact]
        public void Kill_9_while_the_report_file_is_written_leaves_the_previous_report_whole()
        {
            if (OperatingSystem.IsWindows())
            {
                return; // Process.Kill is SIGKILL only on Unix.
            }

            // 20,000 single-instance components: a 9 MB JSON report, so the write takes long enough to be caught.
            var yaml = new StringBuilder("apiVersion: spofaudit/v1\nname: many\ncomponents:\n");
            for (var i = 0; i < 20_000; i++)
            {
                yaml.Append("  c").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": {}\n");
            }

            var model = _files.Write("many.yaml", yaml.ToString());
            const string previous = "previous report\n";
            var output = _files.Write("report.json", previous);

            using var process = Process.Start(SpofauditProcess.StartInfo(null, "report", model, "--format", "json", "--output", output))!;
            var killedWhileWriting = false;
            var waited = Stopwatch.StartNew();
            while (!process.HasExited && waited.Elapsed < TimeSpan.FromMinutes(3))
            {
                // Writing has begun once the target changed or a file appeared beside it: kill -9 at that moment.
                if (new FileInfo(output).Length != previous.Length || Directory.GetFileSystemEntries(_files.Root).Length > 2)
                {
                    process.Kill();
                    killedWhileWriting = true;
                    break;
                }
            }

            Assert.True(process.WaitForExit(30_000));
            Assert.True(killedWhileWriting, "spofaudit finished before its write could be interrupted");
            Assert.Equal(previous, File.ReadAllText(output));
        }

        [Fact]
        public void Output_to_a_symbolic_link_is_refused_and_what_it_points_at_is_untouched()
        {
            var victim = _files.Write("victim.txt", "not a report\n");
            var link = _files.Path("report.json");
            File.CreateSymbolicLink(link, victim);

            var line = Spofaudit("report", Examples.Path("web-tier.yaml"), "--format", "json", "--output", link).AssertOneLineError();

            Assert.Contains("report.json: cannot write the output file: ", line);
            Assert.Contains("is a symbolic link", line);
            Assert.Equal("not a report\n", File.ReadAllText(victim));
            Assert.Equal(victim, new FileInfo(link).LinkTarget);
        }

        public void Dispose() => _files.Dispose();

        private static CliResult Spofaudit(params string[] args) => SpofauditProcess.Run(null, args);
    }
}
