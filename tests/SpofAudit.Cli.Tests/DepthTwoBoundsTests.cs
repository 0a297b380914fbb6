using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Cli.Tests
{
    /// <summary>A depth-2 pass that stopped at its bounds is an incomplete report: it warns, and --fail-on does not pass it.</summary>
    public sealed class DepthTwoBoundsTests : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "spofaudit-depth2-" + Guid.NewGuid().ToString("N"));

        public DepthTwoBoundsTests()
        {
            Directory.CreateDirectory(_folder);
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        [Fact]
        public void Too_many_double_faults_warn_and_do_not_pass_fail_on_naming_the_analysis()
        {
            // 300 instances, each in its own rack, needing 299: about 180,000 genuine pairs, more than a report holds.
            var model = Path.Combine(_folder, "distinct.yaml");
            File.WriteAllText(model, "apiVersion: spofaudit/v1\nname: distinct\ncomponents:\n  a:\n    minHealthy: 299\n    instances:\n"
                + string.Concat(Enumerable.Range(1, 300).Select(i => $"      - {{name: a-{i}, domains: [rack-{i}]}}\n")));

            var result = Cli.Run("report", model, "--depth", "2", "--fail-on", "critical");

            Assert.True(result.ExitCode == ExitCodes.IncompleteInventory, result.ToString());
            Assert.Contains("spofaudit: warning: double faults (depth 2): more than 100,000, so none is reported; --top N (-Top N) reports the N likeliest", result.StderrLines);
            Assert.StartsWith(
                "spofaudit: --fail-on critical does not pass on an incomplete inventory (analysis of distinct; incomplete, not read: double faults (depth 2): more than 100,000",
                result.StderrLines.Last());
            Assert.Equal(0, Cli.Run("report", model, "--depth", "2", "--fail-on", "critical", "--allow-incomplete").ExitCode);
            Assert.Equal(0, Cli.Run("report", model, "--depth", "2", "--top", "5", "--fail-on", "critical").ExitCode);
        }
    }
}
