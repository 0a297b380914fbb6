using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace SpofAudit.Benchmark
{
    /// <summary>
    /// Git history as evidence at scale (issue 15): <c>repositories</c> generated repositories of <c>commits</c> commits
    /// each (eight authors, fifty files, one commit an hour, written once with <c>git fast-import</c> and copied), one component per
    /// repository with <c>code: {..., history: 365d}</c>, and <c>spofaudit report --format json</c> on them as a separate
    /// process: wall time and peak memory. Generating the repositories is timed apart.
    /// </summary>
    internal static class HistoryBenchmark
    {
        private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(10);
        private const long MemoryLimit = 4L << 30;

        public static void Measure(string work, int repositories, int commits)
        {
            Console.WriteLine();
            Console.WriteLine($"Git history evidence: {repositories:N0} repositories of {commits:N0} commits each, one component per repository:");
            var generate = Stopwatch.StartNew();
            var yaml = new StringBuilder("apiVersion: spofaudit/v1\nname: history\ncomponents:\n");
            // One repository is generated; the others are copies of it (each is still read on its own).
            var template = Path.Combine(work, "repo0");
            Generate(template, commits, 0);
            for (var r = 0; r < repositories; r++)
            {
                if (r > 0)
                {
                    Copy(template, Path.Combine(work, $"repo{r}"));
                }

                yaml.Append(CultureInfo.InvariantCulture, $"  service{r}:\n    instances: 2\n    code: {{repo: repo{r}, paths: [services/], history: 365d}}\n");
            }

            var model = Path.Combine(work, "history.yaml");
            File.WriteAllText(model, yaml.ToString());
            Console.WriteLine($"  generating the repositories (git fast-import once, then copies): {generate.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");

            var cli = Path.Combine(AppContext.BaseDirectory, "spofaudit.dll");
            var output = Path.Combine(work, "history-report.json");
            var run = ChildProcess.Run(TimeLimit, MemoryLimit, "dotnet", cli, "report", model, "--format", "json", "--output", output);
            var outcome = run.ExitCode switch
            {
                -1 => "STOPPED at its limit",
                0 or 1 => "read",
                _ => $"exit {run.ExitCode}: {run.Stderr.Split('\n')[0]}",
            };
            Console.WriteLine($"  spofaudit report --format json: {run.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s, peak memory {(run.PeakBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)} MiB, {outcome}");
        }

        /// <summary>A repository of <paramref name="commits"/> commits, written in one <c>git fast-import</c> stream.</summary>
        private static void Generate(string repository, int commits, int seed)
        {
            Directory.CreateDirectory(repository);
            RunGit(repository, null, "init", "--quiet");
            var stream = new StringBuilder();
            var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            for (var c = 0; c < commits; c++)
            {
                var author = $"dev{(c * 7 + seed) % 8}";
                var file = $"services/file{(c * 13 + seed) % 50}.cs";
                var message = $"change {c}";
                var content = $"line {c}\n";
                stream.Append("commit refs/heads/main\n");
                stream.Append(CultureInfo.InvariantCulture, $"author {author} <{author}@example.com> {start + c * 3600L} +0000\n");
                stream.Append(CultureInfo.InvariantCulture, $"committer {author} <{author}@example.com> {start + c * 3600L} +0000\n");
                stream.Append(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount(message)}\n{message}\n");
                // Each commit continues the branch fast-import is writing: no "from" needed.
                stream.Append(CultureInfo.InvariantCulture, $"M 100644 inline {file}\ndata {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
            }

            RunGit(repository, stream.ToString(), "fast-import", "--quiet");
            RunGit(repository, null, "symbolic-ref", "HEAD", "refs/heads/main");
        }

        private static void Copy(string from, string to)
        {
            foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            {
                Directory.CreateDirectory(folder.Replace(from, to));
            }

            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            {
                File.Copy(file, file.Replace(from, to));
            }
        }

        private static void RunGit(string repository, string? input, params string[] arguments)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = repository, UseShellExecute = false, RedirectStandardInput = input != null, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            if (input != null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"git {string.Join(" ", arguments)} failed: {error}");
            }
        }
    }
}
