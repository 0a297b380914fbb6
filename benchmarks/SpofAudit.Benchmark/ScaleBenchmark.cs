using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace SpofAudit.Benchmark
{
    /// <summary>
    /// The pathological shapes of issue 14, each through the CLI as a separate process (time and peak memory), at
    /// 20,000 and 100,000 components: a dependency chain, the chain closed into a cycle (report, and what-if on one
    /// member), everything on one hub (fan-in), the chain with every component an entrypoint (each finding affects
    /// all entrypoints above it: n²/2 names unless lists are bounded), the same chain of asynchronously replicated
    /// stores (data-loss findings, one per store), and depth 2 on one component of 2,000 instances that needs 1,999.
    /// A run is stopped at its time or memory limit and reported as such, never waited for.
    /// </summary>
    internal static class ScaleBenchmark
    {
        private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);
        private const long MemoryLimit = 4L << 30;

        public static void Measure(string work)
        {
            var cli = Path.Combine(AppContext.BaseDirectory, "spofaudit.dll");
            Console.WriteLine();
            Console.WriteLine($"Pathological shapes, spofaudit as a separate process (stopped at {TimeLimit.TotalSeconds:0} s or {MemoryLimit >> 30} GiB):");
            foreach (var size in new[] { 20_000, 100_000 })
            {
                var chain = Write(work, $"chain{size}.yaml", Chain(size, closed: false));
                var cycle = Write(work, $"cycle{size}.yaml", Chain(size, closed: true));
                var fanIn = Write(work, $"fan-in{size}.yaml", FanIn(size));
                var entrypoints = Write(work, $"all-entrypoints{size}.yaml", AllEntrypointsChain(size, replicated: false));
                var replicated = Write(work, $"replicated{size}.yaml", AllEntrypointsChain(size, replicated: true));
                Run($"chain of {size:N0}, report --format json", cli, work, "report", chain, "--format", "json");
                Run($"cycle of {size:N0}, report --format json", cli, work, "report", cycle, "--format", "json");
                Run($"cycle of {size:N0}, impact --fail c{size / 2}", cli, work, "impact", cycle, "--fail", $"c{size / 2}");
                Run($"fan-in of {size:N0} on one hub, report --format json", cli, work, "report", fanIn, "--format", "json");
                Run($"all-entrypoints chain of {size:N0}, report --format json", cli, work, "report", entrypoints, "--format", "json");
                Run($"all-entrypoints chain of {size:N0} replicated stores, report --format json", cli, work, "report", replicated, "--format", "json");
            }

            var wide = Write(work, "wide.yaml", "apiVersion: spofaudit/v1\nname: wide\ncomponents:\n  a:\n    instances: 2000\n    minHealthy: 1999\n");
            Run("one component of 2,000 instances needing 1,999, report --depth 2", cli, work, "report", wide, "--depth", "2", "--format", "json");
        }

        private static void Run(string title, string cli, string work, params string[] arguments)
        {
            var all = new string[arguments.Length + 3];
            all[0] = cli;
            arguments.CopyTo(all, 1);
            all[all.Length - 2] = "--output";
            all[all.Length - 1] = Path.Combine(work, "scale-output.txt");
            var run = ChildProcess.Run(TimeLimit, MemoryLimit, "dotnet", all);
            var output = new FileInfo(Path.Combine(work, "scale-output.txt"));
            var outcome = run.ExitCode switch
            {
                -1 => "STOPPED at its limit",
                0 or 1 => $"{(output.Exists ? output.Length / 1048576.0 : 0).ToString("F1", CultureInfo.InvariantCulture)} MiB of output",
                _ => $"exit {run.ExitCode}: {FirstLine(run.Stderr)}",
            };
            Console.WriteLine($"  {title}: {run.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s, peak memory {(run.PeakBytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)} MiB, {outcome}");
            if (output.Exists)
            {
                output.Delete();
            }
        }

        private static string FirstLine(string text)
        {
            var end = text.IndexOf('\n');
            return end < 0 ? text : text.Substring(0, end);
        }

        private static string Write(string work, string name, string yaml)
        {
            var path = Path.Combine(work, name);
            File.WriteAllText(path, yaml);
            return path;
        }

        /// <summary>c0 needs c1 needs ... c(n-1), one instance each; closed, c(n-1) needs c0 and c0 is named the entrypoint.</summary>
        private static string Chain(int size, bool closed)
        {
            var yaml = new StringBuilder($"apiVersion: spofaudit/v1\nname: {(closed ? "cycle" : "chain")}\n");
            if (closed)
            {
                yaml.Append("entrypoints: [c0]\n");
            }

            yaml.Append("components:\n");
            for (var i = 0; i < size; i++)
            {
                var next = i + 1 < size ? i + 1 : (closed ? 0 : -1);
                yaml.Append("  c").Append(i).Append(":\n");
                yaml.Append(next >= 0 ? $"    dependsOn: [c{next}]\n" : "    kind: database\n");
            }

            return yaml.ToString();
        }

        /// <summary>
        /// c0 needs c1 needs ... c(n-1), every one an entrypoint; one instance each, or two that replicate asynchronously
        /// when <paramref name="replicated"/> (no outage, a data-loss risk per store).
        /// </summary>
        private static string AllEntrypointsChain(int size, bool replicated)
        {
            var yaml = new StringBuilder($"apiVersion: spofaudit/v1\nname: {(replicated ? "replicated" : "all-entrypoints")}\nentrypoints:\n");
            for (var i = 0; i < size; i++)
            {
                yaml.Append("  - c").Append(i).Append('\n');
            }

            yaml.Append("components:\n");
            for (var i = 0; i < size; i++)
            {
                yaml.Append("  c").Append(i).Append(":\n");
                if (replicated)
                {
                    yaml.Append("    kind: database\n    instances: 2\n    replication: async\n");
                }

                if (i + 1 < size)
                {
                    yaml.Append("    dependsOn: [c").Append(i + 1).Append("]\n");
                }
            }

            return yaml.ToString();
        }

        private static string FanIn(int size)
        {
            var yaml = new StringBuilder("apiVersion: spofaudit/v1\nname: fan-in\ncomponents:\n  hub:\n    kind: database\n");
            for (var i = 0; i < size; i++)
            {
                yaml.Append("  s").Append(i).Append(":\n    dependsOn: [hub]\n");
            }

            return yaml.ToString();
        }
    }
}
