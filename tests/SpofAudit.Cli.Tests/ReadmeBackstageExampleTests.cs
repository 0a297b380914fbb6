using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// The README's Backstage examples print what the README shows: each command runs as written, from the
    /// repository's root, and each run of lines the README quotes (between its "..." elisions) is in the output.
    /// </summary>
    public sealed class ReadmeBackstageExampleTests
    {
        [Theory]
        [InlineData("report examples/personnel/catalog-info.yaml")]
        [InlineData("report examples/personnel/payments.yaml --catalog examples/personnel/catalog-info.yaml")]
        public void The_README_quotes_what_the_CLI_prints(string command)
        {
            var root = Path.GetFullPath(Path.Combine(Examples.Path(".")));
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
            var readme = File.ReadAllText(Path.Combine(root, "README.md")).Replace("\r\n", "\n");
            var quoted = Regex.Match(readme, "```text\n\\$ spofaudit " + Regex.Escape(command) + "\n(.*?)```", RegexOptions.Singleline);
            Assert.True(quoted.Success, $"README.md quotes no output of `spofaudit {command}`");

            var (exit, output) = Run(root, command.Split(' '));
            Assert.Equal(0, exit);
            var printed = output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToList();
            var from = 0;
            foreach (var run in Runs(quoted.Groups[1].Value))
            {
                var at = IndexOf(printed, run, from);
                Assert.True(at >= 0, $"spofaudit {command} does not print, after line {from}:\n{string.Join("\n", run)}\n--- it printed:\n{output}");
                from = at + run.Count;
            }
        }

        /// <summary>The quoted lines, split at the "..." lines that stand for what the README leaves out.</summary>
        private static IEnumerable<List<string>> Runs(string block)
        {
            var run = new List<string>();
            foreach (var line in block.TrimEnd('\n').Split('\n'))
            {
                if (line == "...")
                {
                    if (run.Count > 0)
                    {
                        yield return run;
                    }

                    run = new List<string>();
                    continue;
                }

                run.Add(line.TrimEnd());
            }

            if (run.Count > 0)
            {
                yield return run;
            }
        }

        private static int IndexOf(List<string> lines, List<string> run, int from)
        {
            for (var i = from; i + run.Count <= lines.Count; i++)
            {
                if (lines.Skip(i).Take(run.Count).SequenceEqual(run))
                {
                    return i;
                }
            }

            return -1;
        }

        private static (int Exit, string Output) Run(string folder, string[] args)
        {
            var result = SpofauditProcess.Run(folder, args);
            return (result.ExitCode, result.Stdout);
        }
    }
}
