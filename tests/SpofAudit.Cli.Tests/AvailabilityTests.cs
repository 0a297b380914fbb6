using System.Linq;
using System.Text.Json;

namespace SpofAudit.Cli.Tests
{
    /// <summary><c>spofaudit availability</c>: availability per entrypoint, its method, importance and the best single change.</summary>
    public class AvailabilityTests
    {
        [Fact]
        public void Single_zone_database_shows_its_zone_first_and_moving_a_replica_as_the_best_change()
        {
            var result = Cli.Run("availability", Examples.Path("availability.yaml"));
            Assert.True(result.ExitCode == 0, result.ToString());
            var lines = result.StdoutLines;
            Assert.StartsWith("Model shop-availability, assuming instance=0.999,zone=0.9999", lines[0]);
            Assert.Matches(@"^lb\s+99\.98\d+%\s+3\.80\s+\S+\s+Exact \(BDD\)$", lines.Single(l => l.StartsWith("lb ", System.StringComparison.Ordinal)));
            var firstEvent = lines[lines.ToList().IndexOf("lb: most important events") + 3];
            Assert.StartsWith("zone:eu-west-1a ", firstEvent);
            Assert.Contains(lines, l => l.StartsWith("lb: best single change: move db-2 of db from eu-west-1a to eu-west-1b: 3.80 -> 4.15 nines", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Json_has_the_documented_shape_and_the_assumptions_used()
        {
            var result = Cli.Run("availability", Examples.Path("availability.yaml"), "--assume", "zone=0.999,failover=0.5", "--format", "json");
            Assert.True(result.ExitCode == 0, result.ToString());
            var root = JsonDocument.Parse(result.Stdout).RootElement;
            Assert.Equal(new[] { "schemaVersion", "model", "assumptions", "entrypoints" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(0.999, root.GetProperty("assumptions").GetProperty("zone").GetDouble());
            Assert.Equal(0.5, root.GetProperty("assumptions").GetProperty("failover").GetDouble());
            Assert.Equal(0.999, root.GetProperty("assumptions").GetProperty("instance").GetDouble());
            var lb = Assert.Single(root.GetProperty("entrypoints").EnumerateArray());
            Assert.Equal(
                new[] { "entrypoint", "availability", "unavailability", "nines", "method", "standardError", "importance", "bestChange" },
                lb.EnumerateObject().Select(p => p.Name));
            Assert.Equal("Exact (BDD)", lb.GetProperty("method").GetString());
            Assert.Equal(JsonValueKind.Null, lb.GetProperty("standardError").ValueKind);
            Assert.Equal(1, lb.GetProperty("availability").GetDouble() + lb.GetProperty("unavailability").GetDouble(), 12);
            var first = lb.GetProperty("importance")[0];
            Assert.Equal(new[] { "event", "component", "failureProbability", "birnbaum", "fussellVesely" }, first.EnumerateObject().Select(p => p.Name));
            Assert.Equal("zone:eu-west-1a", first.GetProperty("event").GetString());
            var change = lb.GetProperty("bestChange");
            Assert.Equal("AddZone", change.GetProperty("kind").GetString());
            Assert.Equal("db", change.GetProperty("component").GetString());
            Assert.True(change.GetProperty("ninesGained").GetDouble() > 0);
        }

        [Theory]
        [InlineData("instanc=0.9", "unknown assumption 'instanc'")]
        [InlineData("zone=1.5", "assumption 'zone' is 1.5")]
        [InlineData("zone=0", "assumption 'zone' is 0")]
        [InlineData("zone", "'zone' is not KEY=AVAILABILITY")]
        [InlineData("zone=high", "assumption 'zone' is 'high', not a number")]
        [InlineData("zone=0.9,zone=0.8", "assumption 'zone' is given twice")]
        public void Bad_assumptions_are_one_line_and_exit_2(string assume, string message)
        {
            var result = Cli.Run("availability", Examples.Path("availability.yaml"), "--assume", assume);
            Assert.Equal(2, result.ExitCode);
            Assert.Empty(result.Stdout);
            var line = Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("spofaudit: --assume: ", line);
            Assert.Contains(message, line);
        }

        [Fact]
        public void Markdown_is_not_an_availability_format()
        {
            var result = Cli.Run("availability", Examples.Path("availability.yaml"), "--format", "markdown");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("expected table, json", result.Stderr);
        }
    }
}
