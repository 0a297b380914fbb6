using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// The README's walk-through from a YAML file to an HTML report, a SARIF log and a diff of two runs, done as
    /// a newcomer would: its shell commands run as written (the built spofaudit in a scratch folder), its YAML
    /// edit applied, and the diff it prints compared with the README's.
    /// </summary>
    public sealed class ReadmeWalkthroughTests : IDisposable
    {
        private const string Section = "## Reports for people and CI";

        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void The_commands_of_the_reports_section_work_as_written_and_print_the_diff_shown()
        {
            var blocks = FencedBlocks(ReadmeSection());
            var shell = blocks.Where(b => b.Language == "sh").ToArray();
            Assert.Equal(2, shell.Length);
            var edit = blocks.Single(b => b.Language == "yaml");
            var shown = blocks.First(b => b.Language == string.Empty && b.Index > shell[1].Index);

            var folder = _temp.Path("walkthrough");
            Directory.CreateDirectory(Path.Combine(folder, "examples"));
            File.Copy(RepositoryPaths.Example("web-tier.yaml"), Path.Combine(folder, "examples", "web-tier.yaml"));

            Run(shell[0].Lines, folder);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(folder, "web-tier.html")));
            Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(Path.Combine(folder, "web-tier.sarif")));

            var architecture = Path.Combine(folder, "architecture.yaml");
            var yaml = File.ReadAllText(architecture).Replace("\r\n", "\n");
            var entry = new Regex(@"^  db:\n(    .*\n)*", RegexOptions.Multiline);
            Assert.True(entry.IsMatch(yaml), "the example no longer has the db entry the README edits");
            File.WriteAllText(architecture, entry.Replace(yaml, string.Join("\n", edit.Lines) + "\n", 1));

            var (exit, output) = Run(shell[1].Lines, folder);
            Assert.Equal(shown.Lines, output.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(l => l.TrimEnd()));
            Assert.Equal(1, exit); // "exit code 1: a new High finding"
        }

        /// <summary>Runs a block's commands in <paramref name="folder"/>: the alias line is what the built tool replaces; cp copies.</summary>
        private static (int Exit, string Output) Run(IEnumerable<string> lines, string folder)
        {
            var last = (Exit: 0, Output: string.Empty);
            foreach (var line in lines.Select(l => Regex.Replace(l, @"\s+#.*$", string.Empty).Trim()).Where(l => l.Length > 0))
            {
                var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                switch (words[0])
                {
                    case "alias":
                        Assert.Equal("alias spofaudit='dotnet run --project SpofAudit/SpofAudit.Cli --'", line);
                        break;
                    case "cp":
                        File.Copy(Path.Combine(folder, words[1]), Path.Combine(folder, words[2]));
                        break;
                    case "spofaudit":
                        var cli = Path.Combine(AppContext.BaseDirectory, "spofaudit.dll");
                        last = ExternalTool.Run("dotnet", folder, new[] { cli }.Concat(words.Skip(1)).ToArray());
                        Assert.True(last.Exit <= 1, $"{line} failed with exit code {last.Exit}: {last.Output}");
                        break;
                    default:
                        throw new InvalidOperationException($"the walk-through runs '{line}', which this test does not know how to do");
                }
            }

            return last;
        }

        private static string ReadmeSection()
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).Replace("\r\n", "\n");
            var start = readme.IndexOf(Section, StringComparison.Ordinal);
            Assert.True(start >= 0, $"README has no section '{Section}'");
            var end = readme.IndexOf("\n## ", start + Section.Length, StringComparison.Ordinal);
            return end < 0 ? readme.Substring(start) : readme.Substring(start, end - start);
        }

        private static List<(int Index, string Language, string[] Lines)> FencedBlocks(string markdown)
        {
            var blocks = new List<(int, string, string[])>();
            foreach (Match match in Regex.Matches(markdown, @"^```(\w*)\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                blocks.Add((match.Index, match.Groups[1].Value, match.Groups[2].Value.TrimEnd('\n').Split('\n')));
            }

            return blocks;
        }
    }
}
