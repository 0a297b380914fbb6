using System;
using System.IO;
using System.Xml.Linq;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    public class CliFormatTests : IDisposable
    {
        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Theory]
        [InlineData("csv")]
        [InlineData("junit")]
        [InlineData("sarif")]
        [InlineData("json")]
        [InlineData("markdown")]
        public void Report_writes_each_format_to_the_output_file_and_nothing_to_stdout(string format)
        {
            var output = _temp.Path("report." + format);
            var (exit, stdout, stderr) = CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--format", format, "--output", output);

            Assert.True(exit == 0, stderr);
            Assert.Equal(string.Empty, stdout);
            Assert.Contains("db", File.ReadAllText(output));
        }

        [Fact]
        public void JUnit_failures_follow_fail_on_and_so_does_the_exit_code()
        {
            var output = _temp.Path("junit.xml");
            var (exit, _, _) = CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--format", "junit", "--fail-on", "critical", "--output", output);

            Assert.Equal(0, exit);
            Assert.Empty(XDocument.Load(output).Descendants("failure"));
            Assert.Equal(1, CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--format", "junit", "--fail-on", "high", "--output", output).Exit);
            Assert.NotEmpty(XDocument.Load(output).Descendants("failure"));
        }

        [Fact]
        public void A_what_if_offers_only_the_formats_it_can_be_written_in()
        {
            var (exit, _, stderr) = CliRun.Run("impact", RepositoryPaths.Example("web-tier.yaml"), "--fail", "db", "--format", "sarif");

            Assert.Equal(2, exit);
            Assert.Contains("expected table, json, markdown", stderr);
        }
    }
}
