using System.Threading;

namespace SpofAudit.Cli.Tests
{
    /// <summary>Ctrl+C arrives as a cancelled token: the run stops with exit 130 and one line, not a trace.</summary>
    public class CancellationTests
    {
        [Theory]
        [InlineData("report")]
        [InlineData("impact")]
        public void Cancelled_run_exits_130_with_one_line(string command)
        {
            using var cancellation = new CancellationTokenSource();
            cancellation.Cancel();
            var args = command == "impact"
                ? new[] { command, Examples.Path("web-tier.yaml"), "--fail", "db" }
                : new[] { command, Examples.Path("web-tier.yaml") };
            var line = Cli.Run(cancellation.Token, args).AssertOneLineError(ExitCodes.Cancelled);
            Assert.Equal("spofaudit: cancelled", line);
        }
    }
}
