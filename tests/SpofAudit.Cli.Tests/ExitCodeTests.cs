namespace SpofAudit.Cli.Tests
{
    /// <summary>The CI-gate contract: 0 nothing at or above --fail-on, 1 findings at or above it.</summary>
    public class ExitCodeTests
    {
        [Theory]
        [InlineData("web-tier.yaml", null, 0)]
        [InlineData("web-tier.yaml", "critical", 0)]
        [InlineData("web-tier.yaml", "high", 1)]
        [InlineData("web-tier.yaml", "HIGH", 1)]
        [InlineData("web-tier.yaml", "low", 1)]
        [InlineData("dns-two-lbs.yaml", "high", 0)]
        [InlineData("dns-two-lbs.yaml", "medium", 1)]
        [InlineData("two-regions.yaml", "medium", 1)]
        public void Fail_on_sets_the_exit_code(string file, string? failOn, int expected)
        {
            var args = failOn == null
                ? new[] { "report", Examples.Path(file) }
                : new[] { "report", Examples.Path(file), "--fail-on", failOn };
            var result = Cli.Run(args);
            Assert.True(expected == result.ExitCode, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
        }

        [Fact]
        public void Fail_on_counts_only_selected_findings()
        {
            // web-tier has High findings, but only its Low degradation is selected.
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"), "--kind", "DegradationRisk", "--fail-on", "medium");
            Assert.Equal(0, result.ExitCode);
        }

        [Fact]
        public void Fail_on_applies_with_every_format()
        {
            foreach (var format in new[] { "table", "json", "markdown" })
            {
                Assert.Equal(1, Cli.Run("report", Examples.Path("single-database.yaml"), "--format", format, "--fail-on", "high").ExitCode);
            }
        }
    }
}
