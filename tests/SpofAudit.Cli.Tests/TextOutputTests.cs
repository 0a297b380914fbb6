using System.IO;
using System.Linq;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>The human formats through the whole CLI: table (the default) and Markdown, and --output.</summary>
    public sealed class TextOutputTests : System.IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        [Fact]
        public void Table_is_the_default_aligned_and_ends_with_the_summary()
        {
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"));
            Assert.Equal(0, result.ExitCode);
            var lines = result.StdoutLines;
            Assert.Equal("6 findings in web-tier: 4 High, 1 Medium, 1 Low", lines[^1]);

            // Header, rule, one row per finding: every column starts at the same offset on every line.
            var header = lines[0];
            var table = lines.Take(8).ToArray();
            var starts = new[] { "Severity", "Kind", "Target", "Type", "Affects", "Path" }.Select(h => header.IndexOf(h, System.StringComparison.Ordinal)).ToArray();
            Assert.All(starts, s => Assert.True(s > 0));
            foreach (var line in table.Skip(1))
            {
                Assert.All(starts, s => Assert.True(line[s - 1] == ' ' && line[s] != ' ', $"misaligned at {s}: '{line}'"));
            }

            Assert.Contains(lines, l => l.StartsWith("  1. ", System.StringComparison.Ordinal));
        }

        // Names as a tag could set them: a colour change, a window-title change and a forged line.
        private const string HostileModel =
            "apiVersion: spofaudit/v1\n" +
            "name: \"shop\\nFAKE: 0 findings\"\n" +
            "components:\n" +
            "  web: {dependsOn: [\"db\\e[31mred\"], zones: [\"z\\e]0;title\\a\"]}\n" +
            "  \"db\\e[31mred\": {zones: [\"z\\e]0;title\\a\"], owners: [\"bob\\u202Eevil\"]}\n" +
            "people:\n" +
            "  \"bob\\u202Eevil\": {}\n";

        [Theory]
        [InlineData("report")]
        [InlineData("report", "--format", "markdown")]
        [InlineData("report", "--verbose")]
        [InlineData("impact", "--fail", "db\u001b[31mred", "--all")]
        [InlineData("availability")]
        [InlineData("diff")]
        public void Escape_sequences_and_newlines_in_names_are_shown_never_obeyed(params string[] args)
        {
            var model = _files.Write("hostile.yaml", HostileModel);
            var result = args[0] == "diff"
                ? Cli.Run("diff", Report(model), _files.Write("empty.json", "{\"schemaVersion\": 1, \"model\": \"shop\\nFAKE\", \"findings\": []}"))
                : Cli.Run(new[] { args[0], model }.Concat(args.Skip(1)).ToArray());

            Assert.True(result.ExitCode == 0, result.Stderr);
            var output = result.Stdout + result.Stderr;
            Assert.DoesNotContain(output, c => c == '\u001b' || c == '\u0007' || c == '\u202E');
            Assert.DoesNotContain(result.StdoutLines, l => l.StartsWith("FAKE", System.StringComparison.Ordinal));
            if (args[0] == "report" && args.Length == 1)
            {
                Assert.Contains("db\\e[31mred", result.Stdout, System.StringComparison.Ordinal);
                Assert.Equal("4 findings in shop\\nFAKE: 0 findings: 3 High, 1 Medium", result.StdoutLines[^1]);
            }
        }

        [Fact]
        public void An_error_line_shows_an_escape_in_a_name_and_stays_one_line()
        {
            var model = _files.Write("bad.yaml", "apiVersion: spofaudit/v1\nname: m\ncomponents:\n  web: {dependsOn: [\"x\\e[2Jgone\"]}\n");
            var result = Cli.Run("report", model);

            Assert.Equal(2, result.ExitCode);
            Assert.DoesNotContain('\u001b', result.Stderr);
            Assert.Contains("x\\e[2Jgone", result.Stderr, System.StringComparison.Ordinal);
            Assert.Single(result.StderrLines);
        }

        private string Report(string model)
        {
            var json = _files.Path("hostile.json");
            Assert.Equal(0, Cli.Run("report", model, "--format", "json", "--output", json).ExitCode);
            return json;
        }

        [Fact]
        public void Clean_report_says_so_in_one_line()
        {
            var yaml = "apiVersion: spofaudit/v1\nname: sturdy\ncomponents:\n  web:\n    scope: global\n";
            var result = Cli.Run("report", _files.Write("sturdy.yaml", yaml));
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { "No findings in sturdy: no single point of failure found." }, result.StdoutLines);
        }

        [Fact]
        public void Markdown_is_a_heading_summary_and_well_formed_table()
        {
            var lines = Cli.Run("report", Examples.Path("webshop.yaml"), "--format", "markdown").StdoutLines;
            Assert.Equal("# Single points of failure: webshop", lines[0]);
            Assert.Equal("5 findings in webshop: 1 High, 3 Medium, 1 Low", lines[2]);
            var rows = lines.Where(l => l.StartsWith("|", System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(2 + 5, rows.Length);
            Assert.All(rows, r => Assert.Equal(8, System.Text.RegularExpressions.Regex.Matches(r, @"(?<!\\)\|").Count));
        }

        [Fact]
        public void Markdown_escapes_pipes_in_names()
        {
            var yaml = "apiVersion: spofaudit/v1\nname: \"pipe|line\"\ncomponents:\n  \"a|b\":\n    kind: database\n";
            var result = Cli.Run("report", _files.Write("pipes.yaml", yaml), "--format", "markdown");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("# Single points of failure: pipe\\|line", result.Stdout);
            Assert.Contains("| a\\|b |", result.Stdout);
            Assert.DoesNotContain("a|b", result.Stdout);
        }

        [Fact]
        public void Output_option_writes_the_file_and_nothing_to_stdout()
        {
            var target = _files.Path("report.json");
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json", "--output", target, "--fail-on", "high");
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Stdout + result.Stderr);
            Assert.Contains("\"model\": \"web-tier\"", File.ReadAllText(target));
        }

        [Fact]
        public void Verbose_notes_go_to_stderr_and_stdout_stays_parseable()
        {
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json", "--verbose");
            System.Text.Json.JsonDocument.Parse(result.Stdout);
            Assert.All(result.StderrLines, l => Assert.StartsWith("spofaudit: ", l));
            Assert.NotEmpty(result.StderrLines);
        }

        [Fact]
        public void Help_lists_the_commands_and_exits_0()
        {
            var result = Cli.Run("--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("report", result.Stdout);
            Assert.Contains("impact", result.Stdout);
            Assert.Contains("table|json|markdown", Cli.Run("report", "--help").Stdout);
        }

        [Fact]
        public void Several_files_are_merged_into_one_model()
        {
            var front = _files.Write("front.yaml", "apiVersion: spofaudit/v1\nname: split\nentrypoints: [web]\ncomponents:\n  web:\n    instances: 2\n    dependsOn: [db]\n");
            var back = _files.Write("back.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  db:\n    kind: database\n");
            var result = Cli.Run("report", front, back, "--format", "json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("\"id\": \"SinglePointOfFailure/db\"", result.Stdout);
            Assert.Contains("\"model\": \"split\"", result.Stdout);
        }

        [Fact]
        public void The_same_file_twice_is_a_duplicate_definition()
        {
            Assert.Contains("web-tier.yaml:", Cli.Run("report", Examples.Path("web-tier.yaml"), Examples.Path("web-tier.yaml")).AssertOneLineError());
        }

        public void Dispose() => _files.Dispose();
    }
}
