using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// Every class of bad input ends the same way: exit 2, exactly one stderr line "spofaudit: ...", naming
    /// file:line:column for mistakes inside a file, and never a stack trace.
    /// </summary>
    public sealed class BadInputTests : System.IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        public static TheoryData<string, string, int, string> BrokenFiles => new TheoryData<string, string, int, string>
        {
            // name, YAML, the line the error must name (0: wherever the parser notices), a word the message must contain
            { "syntax", Model("  web:\n    kind: a: b\n"), 5, "invalid YAML" },
            { "unterminated-string", Model("  web:\n    kind: \"service\n  db: {kind: database}\n"), 0, "invalid YAML" },
            { "unclosed-flow-mapping", Model("  web:\n    dependsOn: [db]\n  db: {kind: database\n"), 0, "invalid YAML" },
            { "unknown-key", Model("  web:\n    dependOn: [db]\n  db: {kind: database}\n"), 5, "dependsOn" },
            { "unknown-dependency", Model("  web:\n    dependsOn: [dbb]\n  db: {kind: database}\n"), 5, "dbb" },
            { "duplicate-key", Model("  web:\n    dependsOn: [db]\n  db: {kind: database}\n  db: {kind: database}\n"), 7, "db" },
            { "wrong-type", Model("  web:\n    instances: two\n  db: {kind: database}\n"), 5, "instances" },
            { "min-healthy-too-high", Model("  web:\n    instances: 2\n    minHealthy: 3\n"), 6, "minHealthy" },
        };

        [Theory]
        [MemberData(nameof(BrokenFiles))]
        public void Broken_file_is_one_line_with_file_line_and_column(string name, string yaml, int line, string mentions)
        {
            var path = _files.Write(name + ".yaml", yaml);
            foreach (var command in new[] { new[] { "report", path }, new[] { "impact", path, "--fail", "web" }, new[] { "report", path, "--format", "json" }, new[] { "graph", path, "--format", "dot" } })
            {
                var error = Cli.Run(command).AssertOneLineError();
                Assert.Matches(new Regex(Regex.Escape(name + ".yaml") + (line == 0 ? ":\\d+" : $":{line}") + ":\\d+: "), error);
                Assert.Contains(mentions, error);
            }
        }

        [Fact]
        public void Unclosed_flow_sequence_followed_by_a_key_is_a_syntax_error()
        {
            // YamlDotNet throws InvalidOperationException (not YamlException) for this input; the loader
            // must still turn it into a file:line:column diagnostic rather than an internal error.
            var path = _files.Write("unclosed-list.yaml", Model("  web:\n    dependsOn: [db\n  db: {kind: database}\n"));
            Assert.Matches(new Regex(@"unclosed-list\.yaml:\d+:\d+: "), Cli.Run("report", path).AssertOneLineError());
        }

        [Fact]
        public void Unknown_key_suggests_the_right_one()
        {
            var path = _files.Write("typo.yaml", Model("  web:\n    dependOn: [db]\n  db: {kind: database}\n"));
            Assert.Contains("did you mean 'dependsOn'?", Cli.Run("report", path).AssertOneLineError());
        }

        [Fact]
        public void Missing_file_is_one_line_naming_it()
        {
            var path = _files.Path("nope.yaml");
            Assert.Contains("nope.yaml", Cli.Run("report", path).AssertOneLineError());
        }

        [Fact]
        public void Directory_instead_of_file_is_one_line()
        {
            Cli.Run("report", _files.Root).AssertOneLineError();
        }

        [Fact]
        public void Empty_file_is_one_line_naming_it()
        {
            var path = _files.Write("empty.yaml", string.Empty);
            Assert.Contains("empty.yaml", Cli.Run("report", path).AssertOneLineError());
        }

        [Theory]
        [InlineData("report", "--format", "xml")]
        [InlineData("report", "--format", "jsn")]
        [InlineData("report", "--fail-on", "severe")]
        [InlineData("report", "--min-severity", "3")]
        [InlineData("report", "--kind", "Spof")]
        [InlineData("report", "--no-such-option")]
        [InlineData("report", "--depth", "3")]
        [InlineData("report", "--depth", "two")]
        [InlineData("report", "--top", "5")]
        [InlineData("report", "--depth", "2", "--top", "0")]
        [InlineData("impact", "--fail", "us-east-1c")]
        [InlineData("impact", "--fail", "zone:nowhere")]
        [InlineData("impact")]
        [InlineData("impact", "--fail", ",")]
        [InlineData("impact", "--fail", "lb", "--format", "csv")]
        [InlineData("graph", "--format", "png")]
        [InlineData("graph")]
        public void Bad_option_is_one_line_and_exit_2(params string[] args)
        {
            var withFile = new string[args.Length + 1];
            withFile[0] = args[0];
            withFile[1] = Examples.Path("web-tier.yaml");
            System.Array.Copy(args, 1, withFile, 2, args.Length - 1);
            Cli.Run(withFile).AssertOneLineError();
        }

        [Fact]
        public void Bad_format_lists_the_choices_and_suggests()
        {
            var error = Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "jsn").AssertOneLineError();
            Assert.Contains("table, json, markdown", error);
            Assert.Contains("did you mean 'json'?", error);
        }

        [Fact]
        public void Unknown_fail_name_suggests_a_near_name()
        {
            var error = Cli.Run("impact", Examples.Path("web-tier.yaml"), "--fail", "us-east-1c").AssertOneLineError();
            Assert.StartsWith("spofaudit: --fail: ", error);
            Assert.Contains("us-east-1", error);
        }

        [Theory]
        [InlineData]
        [InlineData("frobnicate")]
        [InlineData("report")]
        public void Usage_errors_are_one_line_and_exit_2(params string[] args)
        {
            Cli.Run(args).AssertOneLineError();
        }

        [Fact]
        public void Unwritable_output_is_one_line_and_writes_nothing()
        {
            var target = Path.Combine(_files.Root, "no-such-dir", "out.json");
            Assert.Contains("out.json", Cli.Run("report", Examples.Path("web-tier.yaml"), "--output", target).AssertOneLineError());
            Assert.False(File.Exists(target));
        }

        [Theory]
        [InlineData("report")]
        [InlineData("graph", "--format", "mermaid")]
        [InlineData("impact", "--fail", "db")]
        public void No_clobber_leaves_an_existing_output_file_as_it_is(string command, params string[] options)
        {
            var target = Path.Combine(_files.Root, "kept.txt");
            File.WriteAllText(target, "last week's report");

            var args = new[] { command, Examples.Path("web-tier.yaml") }.Concat(options).Concat(new[] { "--output", target, "--no-clobber" }).ToArray();
            Assert.Contains("--no-clobber leaves it as it is", Cli.Run(args).AssertOneLineError());
            Assert.Equal("last week's report", File.ReadAllText(target));
        }

        [Fact]
        public void A_read_only_output_file_is_replaced_only_with_force_and_stays_read_only()
        {
            var target = Path.Combine(_files.Root, "read-only.json");
            File.WriteAllText(target, "{}");
            File.SetAttributes(target, FileAttributes.ReadOnly);
            try
            {
                var refused = Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json", "--output", target);
                Assert.Contains("Use --force to replace a read-only file", refused.AssertOneLineError());
                Assert.Equal("{}", File.ReadAllText(target));

                Assert.Equal(0, Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json", "--output", target, "--force").ExitCode);
                Assert.Contains("\"findings\"", File.ReadAllText(target));
                Assert.True(new FileInfo(target).IsReadOnly);
            }
            finally
            {
                File.SetAttributes(target, FileAttributes.Normal);
            }
        }

        public void Dispose() => _files.Dispose();

        private static string Model(string components) =>
            "apiVersion: spofaudit/v1\nname: broken\ncomponents:\n" + components;
    }
}
