using System.Linq;
using System.Text.Json;

namespace SpofAudit.Cli.Tests
{
    /// <summary><c>spofaudit report --format json</c> on the examples: the docs/design.md §5 shape and the expected findings.</summary>
    public class ReportJsonTests
    {
        private static readonly string[] FindingKeys =
            { "id", "kind", "severity", "target", "targetType", "affects", "path", "components", "recommendation" };

        /// <summary>The examples whose components name owners: their reports end with the entrypoints' truck factors.</summary>
        private static readonly string[] WithOwners = { "shared-database-owners.yaml", "single-owner-database.yaml", "webshop.yaml" };

        public static TheoryData<string, string, string[]> ExpectedFindings => new TheoryData<string, string, string[]>
        {
            { "single-database.yaml", "single-database", new[] { "SinglePointOfFailure/db High Component", "SingleZoneRisk/eu-west-1a High Zone", "SingleRegionRisk/eu-west-1 Medium Region" } },
            {
                "web-tier.yaml", "web-tier", new[]
                {
                    "SinglePointOfFailure/lb High Component", "SinglePointOfFailure/db High Component", "SingleZoneRisk/us-east-1a High Zone",
                    "SingleZoneRisk/us-east-1b High Zone", "SingleRegionRisk/us-east-1 Medium Region", "DegradationRisk/cache Low Component",
                }
            },
            { "dns-two-lbs.yaml", "dns-two-lbs", new[] { "SingleRegionRisk/us-west-2 Medium Region" } },
            { "double-faults.yaml", "double-faults", new[] { "SingleRegionRisk/us-east-1 Medium Region" } },
            { "two-regions.yaml", "two-regions", new[] { "SingleRegionRisk/us-east-1 Medium Region" } },
            { "quorum-store.yaml", "quorum-store", new[] { "SinglePointOfFailure/rack-1 High Domain", "SingleRegionRisk/eu-central-1 Medium Region" } },
            { "single-owner-database.yaml", "single-owner-database", new[] { "SingleRegionRisk/us-east-1 Medium Region", "PersonnelDependency/carol Medium Person", "KnowledgeConcentration/alice+bob Low People" } },
            {
                "capacity-cascade.yaml", "capacity-cascade", new[]
                {
                    "CapacityRisk/web High Component", "CapacityRisk/us-east-1a High Zone", "CapacityRisk/us-east-1b High Zone",
                    "CapacityRisk/us-east-1c High Zone", "SingleRegionRisk/us-east-1 Medium Region",
                }
            },
            {
                "quorum-hygiene.yaml", "quorum-hygiene", new[]
                {
                    "SingleZoneRisk/eu-west-1a High Zone", "SingleRegionRisk/eu-west-1 Medium Region", "QuorumRisk/etcd Medium Component",
                    "QuorumRisk/locks Medium Component", "QuorumRisk/zookeeper Medium Component", "DegradationRisk/eu-west-1c Low Zone",
                    "DegradationRisk/locks Low Component",
                }
            },
            {
                "failover-and-data-loss.yaml", "failover-and-data-loss", new[]
                {
                    "SinglePointOfFailure/invoices High Component", "SingleZoneRisk/us-east-1b High Zone", "SingleRegionRisk/us-east-1 Medium Region",
                    "FailoverRisk/orders Medium Component", "FailoverRisk/us-east-1a Medium Zone", "DataLossRisk/orders Medium Component",
                }
            },
            {
                "shared-database-owners.yaml", "shared-database-owners", new[]
                {
                    "SingleRegionRisk/eu-west-1 High Region", "KnowledgeConcentration/alice+bob Medium People", "KnowledgeConcentration/carol+dave+erin Low People",
                }
            },
            {
                "webshop.yaml", "webshop", new[]
                {
                    "SinglePointOfFailure/lb High Component", "SingleRegionRisk/us-east-1 Medium Region",
                    "PersonnelDependency/alice Medium Person", "DegradationRisk/cache Low Component", "DataLossRisk/db Medium Component",
                }
            },
        };

        [Theory]
        [MemberData(nameof(ExpectedFindings))]
        public void Json_matches_design_shape_and_expected_findings(string file, string model, string[] expected)
        {
            var result = Cli.Run("report", Examples.Path(file), "--format", "json");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);

            var root = JsonDocument.Parse(result.Stdout).RootElement;
            var keys = WithOwners.Contains(file) ? new[] { "schemaVersion", "model", "findings", "truckFactors" } : new[] { "schemaVersion", "model", "findings" };
            Assert.Equal(keys, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, root.GetProperty("schemaVersion").ValueKind);
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(model, root.GetProperty("model").GetString());

            var findings = root.GetProperty("findings").EnumerateArray().ToArray();
            foreach (var finding in findings)
            {
                AssertFindingShape(finding);
            }

            var actual = findings.Select(f => $"{f.GetProperty("id").GetString()} {f.GetProperty("severity").GetString()} {f.GetProperty("targetType").GetString()}");
            Assert.Equal(expected.OrderBy(s => s, System.StringComparer.Ordinal), actual.OrderBy(s => s, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Finding_path_runs_from_the_entrypoint_to_the_target()
        {
            var root = JsonDocument.Parse(Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json").Stdout).RootElement;
            var db = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "SinglePointOfFailure/db");
            Assert.Equal(new[] { "lb", "app", "db" }, db.GetProperty("path").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { "lb" }, db.GetProperty("affects").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public void Kind_and_min_severity_select_findings()
        {
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"), "--format", "json", "--kind", "singlezonerisk,DegradationRisk", "--min-severity", "high");
            var ids = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString());
            Assert.Equal(new[] { "SingleZoneRisk/us-east-1a", "SingleZoneRisk/us-east-1b" }, ids.OrderBy(s => s, System.StringComparer.Ordinal));
        }

        [Fact]
        public void Depth_2_adds_the_double_faults_likeliest_first_with_their_likelihood()
        {
            var result = Cli.Run("report", Examples.Path("double-faults.yaml"), "--format", "json", "--depth", "2");
            Assert.True(result.ExitCode == 0, result.ToString());
            var findings = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("findings").EnumerateArray().ToArray();
            foreach (var finding in findings)
            {
                AssertFindingShape(finding);
            }

            var doubles = findings.Where(f => f.GetProperty("kind").GetString() == "DoubleFault").ToArray();
            Assert.Equal(11, doubles.Length);
            Assert.All(doubles, f => Assert.Equal("Pair", f.GetProperty("targetType").GetString()));
            Assert.Equal(new[] { "DoubleFault/lb-a-1 + lb-b-1", "DoubleFault/db-1 + db-2" }, doubles.Take(2).Select(f => f.GetProperty("id").GetString()));
            Assert.Equal(1e-6, doubles[0].GetProperty("likelihood").GetDouble());
            Assert.Equal(0.0005 * 0.0005, doubles[1].GetProperty("likelihood").GetDouble(), 12);
            Assert.Contains("DoubleFault/us-east-1a + us-east-1b", doubles.Select(f => f.GetProperty("id").GetString()));
            Assert.Contains("DoubleFault/power-feed-a + web-2", doubles.Select(f => f.GetProperty("id").GetString()));

            var top = Cli.Run("report", Examples.Path("double-faults.yaml"), "--format", "json", "--depth", "2", "--top", "2");
            var kept = JsonDocument.Parse(top.Stdout).RootElement.GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("kind").GetString() == "DoubleFault").Select(f => f.GetProperty("id").GetString());
            Assert.Equal(doubles.Take(2).Select(f => f.GetProperty("id").GetString()), kept);
        }

        private static void AssertFindingShape(JsonElement finding)
        {
            // Double faults add their likelihood; every other finding has exactly the docs/design.md §5 keys.
            var keys = finding.GetProperty("kind").GetString() == "DoubleFault" ? FindingKeys.Append("likelihood") : FindingKeys;
            Assert.Equal(keys, finding.EnumerateObject().Select(p => p.Name));
            foreach (var key in new[] { "id", "kind", "severity", "target", "targetType", "recommendation" })
            {
                Assert.Equal(JsonValueKind.String, finding.GetProperty(key).ValueKind);
            }

            foreach (var key in new[] { "affects", "path", "components" })
            {
                Assert.Equal(JsonValueKind.Array, finding.GetProperty(key).ValueKind);
                Assert.All(finding.GetProperty(key).EnumerateArray(), e => Assert.Equal(JsonValueKind.String, e.ValueKind));
            }

            Assert.Equal($"{finding.GetProperty("kind").GetString()}/{finding.GetProperty("target").GetString()}", finding.GetProperty("id").GetString());
            Assert.NotEmpty(finding.GetProperty("affects").EnumerateArray());
            Assert.NotEmpty(finding.GetProperty("path").EnumerateArray());
            Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("recommendation").GetString()));
        }
    }
}
