using System.Linq;
using System.Text.Json;

namespace SpofAudit.Cli.Tests
{
    /// <summary><c>spofaudit impact</c>: each entrypoint's status, the chain that explains it, and the root cause.</summary>
    public class ImpactTests
    {
        [Fact]
        public void Zone_failure_takes_the_web_tier_load_balancer_down_with_its_chain()
        {
            var result = Cli.Run("impact", Examples.Path("web-tier.yaml"), "--fail", "zone:us-east-1b");
            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = result.StdoutLines;
            Assert.Equal("Failed: zone:us-east-1b", lines[0]);
            var row = lines.Single(l => l.StartsWith("lb ", System.StringComparison.Ordinal));
            Assert.Matches(@"^lb\s+Down\s+lb -> app -> db\s+zone us-east-1b failed", row);
            Assert.StartsWith("Failing zone:us-east-1b in web-tier: 1 of 1 entrypoints down", lines[^1]);
        }

        [Fact]
        public void Failing_two_people_leaves_nobody_to_operate_what_only_they_can_run()
        {
            var path = Examples.Path(System.IO.Path.Combine("personnel", "payments.yaml"));

            var both = Cli.Run("impact", path, "--fail", "person:alice,person:bob");
            var alone = Cli.Run("impact", path, "--fail", "person:alice");

            Assert.True(both.ExitCode == 0, both.ToString());
            Assert.Equal("Failed: person:alice, person:bob", both.StdoutLines[0]);
            Assert.Matches(@"^api\s+Degraded\s+api\s+no one left to operate api: alice, bob unavailable", both.StdoutLines.Single(l => l.StartsWith("api ", System.StringComparison.Ordinal)));
            Assert.StartsWith("Failing person:alice, person:bob in payments: 0 of 1 entrypoints down, 1 degraded", both.StdoutLines[^1]);
            Assert.True(alone.ExitCode == 0, alone.ToString());
            Assert.Matches(@"^api\s+Up\b", alone.StdoutLines.Single(l => l.StartsWith("api ", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Impact_json_has_the_documented_shape()
        {
            var result = Cli.Run("impact", Examples.Path("web-tier.yaml"), "--fail", "us-east-1a", "--format", "json");
            var root = JsonDocument.Parse(result.Stdout).RootElement;
            Assert.Equal(new[] { "schemaVersion", "model", "failed", "entrypoints", "affected" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(new[] { "zone:us-east-1a" }, root.GetProperty("failed").EnumerateArray().Select(e => e.GetString()));
            var lb = Assert.Single(root.GetProperty("entrypoints").EnumerateArray());
            Assert.Equal(new[] { "component", "status", "chain", "reason" }, lb.EnumerateObject().Select(p => p.Name));
            Assert.Equal("lb", lb.GetProperty("component").GetString());
            Assert.Equal("Down", lb.GetProperty("status").GetString());
            Assert.Equal("lb", lb.GetProperty("chain")[0].GetString());
            Assert.Contains("us-east-1a", lb.GetProperty("reason").GetString());
            Assert.Contains(root.GetProperty("affected").EnumerateArray(), a => a.GetProperty("component").GetString() == "cache");
        }

        [Fact]
        public void All_lists_every_affected_component()
        {
            var plain = Cli.Run("impact", Examples.Path("web-tier.yaml"), "--fail", "cache").Stdout;
            var all = Cli.Run("impact", Examples.Path("web-tier.yaml"), "--fail", "cache", "--all").StdoutLines;
            Assert.DoesNotContain("Affected components:", plain);
            Assert.Contains("Affected components:", all);
            Assert.Contains(all, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^app\s+Degraded\s+app -> cache"));
            Assert.Contains(all, l => l.StartsWith("lb ", System.StringComparison.Ordinal) && l.Contains("Degraded"));
        }

        [Fact]
        public void Several_failures_comma_separated_or_repeated()
        {
            var commas = Cli.Run("impact", Examples.Path("two-regions.yaml"), "--fail", "lb-us,lb-eu", "--format", "json");
            var repeated = Cli.Run("impact", Examples.Path("two-regions.yaml"), "--fail", "lb-us", "--fail", "lb-eu", "--format", "json");
            Assert.Equal(commas.Stdout, repeated.Stdout);
            var dns = JsonDocument.Parse(commas.Stdout).RootElement.GetProperty("entrypoints")[0];
            Assert.Equal("Down", dns.GetProperty("status").GetString());
        }

        [Fact]
        public void Surviving_entrypoint_is_reported_up()
        {
            var lines = Cli.Run("impact", Examples.Path("dns-two-lbs.yaml"), "--fail", "us-west-2a", "--format", "markdown").StdoutLines;
            Assert.StartsWith("# What if zone:us-west-2a fails", lines[0]);
            Assert.Contains(lines, l => l.StartsWith("| dns | Up |", System.StringComparison.Ordinal));
        }
    }
}
