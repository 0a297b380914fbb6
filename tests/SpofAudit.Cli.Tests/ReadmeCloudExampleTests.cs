using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// The example reports of the recorded AWS account and Azure subscription in README.md are exactly what
    /// <c>spofaudit report</c> prints for them today: the README quotes the command, the test runs it.
    /// </summary>
    public class ReadmeCloudExampleTests
    {
        [Theory]
        [InlineData("examples/aws/three-tier/*.json")]
        [InlineData("examples/azure/single-zone-webapp.json")]
        public void The_README_example_report_is_what_the_CLI_prints(string files)
        {
            var readme = File.ReadAllText(Path.Combine(Examples.Path(".."), "README.md")).Replace("\r\n", "\n");
            var quoted = Regex.Match(readme, $@"`spofaudit report {Regex.Escape(files)}`[^`]*?\n```\n(?<report>.*?)```", RegexOptions.Singleline);
            Assert.True(quoted.Success, $"README.md quotes no report after `spofaudit report {files}`");

            var result = Cli.Run(new[] { "report" }.Concat(Expand(files)).ToArray());

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(quoted.Groups["report"].Value, result.Stdout.Replace("\r\n", "\n"));
        }

        /// <summary>The files a shell would pass for the README's relative path (a * in the file name only).</summary>
        private static string[] Expand(string files)
        {
            var path = Examples.Path(files.Substring("examples/".Length));
            var directory = Path.GetDirectoryName(path)!;
            var pattern = Path.GetFileName(path);
            return pattern.Contains('*')
                ? Directory.GetFiles(directory, pattern).OrderBy(p => p, StringComparer.Ordinal).ToArray()
                : new[] { path };
        }
    }
}
