using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    public class SarifReportTests : IDisposable
    {
        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void The_SARIF_Multitool_accepts_every_example_report_without_errors_or_warnings()
        {
            foreach (var example in RepositoryPaths.ExampleModels())
            {
                var sarif = _temp.Path(Path.GetFileNameWithoutExtension(example) + ".sarif");
                var (exit, _, stderr) = CliRun.Run("report", example, "--format", "sarif", "--output", sarif);
                Assert.True(exit == 0, stderr);
                AssertValid(sarif);
            }
        }

        [Fact]
        public void An_accepted_risk_is_a_valid_suppressed_result()
        {
            var accepted = new Finding(FindingKind.SinglePointOfFailure, Severity.High, "db", TargetType.Component, new[] { "web" },
                new[] { "web", "db" }, new[] { "db" }, "Add a replica.", "m", new SourceLocation("arch.yaml", 7, 3),
                new Suppression("SinglePointOfFailure/db", "Replica ordered.", "alice", new DateTime(2030, 1, 31), SourceLocation.None));
            var path = _temp.Write("accepted.sarif", Render(new SpofReport("m", new[] { "web" }, new[] { "arch.yaml" }, 2, new[] { accepted })));
            AssertValid(path);

            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var suppression = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("suppressions")[0];
            Assert.Equal("external", suppression.GetProperty("kind").GetString());
            Assert.Equal("Replica ordered.", suppression.GetProperty("justification").GetString());
        }

        [Fact]
        public void Accepted_expired_and_unmatched_entries_of_a_suppression_file_make_a_valid_log()
        {
            var suppressions = _temp.Write("accepted.yaml",
                "suppressions:\n" +
                "  - {id: SinglePointOfFailure/db, justification: Replica ordered, owner: alice}\n" +
                "  - {id: SinglePointOfFailure/lb, justification: Old decision, owner: bob, expires: 2020-01-01}\n" +
                "  - {id: SingleZoneRisk/nowhere, justification: Typo, owner: carol}\n");
            var sarif = _temp.Path("accepted.sarif");
            var (exit, _, stderr) = CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--suppressions", suppressions, "--format", "sarif", "--output", sarif);
            Assert.True(exit == 0, stderr);
            AssertValid(sarif);

            using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
            var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            Assert.Single(results, r => r.TryGetProperty("suppressions", out _));
            var unmatched = results.Single(r => r.GetProperty("ruleId").GetString() == "SuppressionUnmatched");
            var region = unmatched.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(4, region.GetProperty("startLine").GetInt32());
            Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "SuppressionExpired");
        }

        [Fact]
        public void A_model_with_owners_gives_the_run_its_truck_factors_in_a_valid_log()
        {
            var sarif = _temp.Path("payments.sarif");
            var (exit, _, stderr) = CliRun.Run("report", RepositoryPaths.Example(Path.Combine("personnel", "payments.yaml")), "--format", "sarif", "--output", sarif);
            Assert.True(exit == 0, stderr);
            AssertValid(sarif);

            using var doc = JsonDocument.Parse(File.ReadAllText(sarif));
            var run = doc.RootElement.GetProperty("runs")[0];
            Assert.Equal("{\"api\":1}", JsonSerializer.Serialize(run.GetProperty("properties").GetProperty("truckFactors")));
            Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "KnowledgeConcentration");
            Assert.False(JsonDocument.Parse(Render(Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report)).RootElement.GetProperty("runs")[0].GetProperty("properties").TryGetProperty("truckFactors", out _));
        }

        [Fact]
        public void The_Multitool_rejects_a_broken_log()
        {
            // The oracle must be able to say no: a region starting on line 0.
            var good = Render(Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report);
            var bad = System.Text.RegularExpressions.Regex.Replace(good, "\"startLine\": \\d+", "\"startLine\": 0");
            Assert.Throws<Xunit.Sdk.TrueException>(() => AssertValid(_temp.Write("bad.sarif", bad)));
        }

        [Fact]
        public void Each_result_points_at_the_line_and_column_where_its_component_is_defined()
        {
            foreach (var example in RepositoryPaths.ExampleModels())
            {
                var analysed = Analysed.Load(example);
                var yaml = File.ReadAllLines(example);
                using var doc = JsonDocument.Parse(Render(analysed.Report));
                var results = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
                Assert.Equal(analysed.Report.Findings.Count, results.Length);
                foreach (var (finding, result) in analysed.Report.Findings.Zip(results))
                {
                    var component = finding.TargetType == TargetType.Component ? finding.Target : finding.Path[finding.Path.Count - 2];
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    var line = location.GetProperty("region").GetProperty("startLine").GetInt32();
                    var column = location.GetProperty("region").GetProperty("startColumn").GetInt32();
                    Assert.Equal(SarifUri(example), location.GetProperty("artifactLocation").GetProperty("uri").GetString());

                    // An independent reading of the YAML: the component's key starts at that line and column.
                    Assert.True(yaml[line - 1].Substring(column - 1).StartsWith(component + ":", StringComparison.Ordinal),
                        $"{finding.Id}: line {line} column {column} is '{yaml[line - 1]}', not the definition of {component}");
                    Assert.Equal(finding.Id, result.GetProperty("partialFingerprints").GetProperty("spofauditFindingId/v1").GetString());
                    Assert.Equal(ReportSarifWriter.Level(finding.Severity), result.GetProperty("level").GetString());
                }
            }
        }

        [Fact]
        public void A_partial_read_is_a_warning_notification_and_resource_ids_are_logical_locations_in_a_valid_log()
        {
            const string AzureId = "/subscriptions/aaaaaaaa-0000-0000-0000-000000000001/resourceGroups/shop/providers/Microsoft.Sql/servers/shop-sql/databases/orders";
            var database = new Finding(FindingKind.SinglePointOfFailure, Severity.High, "orders", TargetType.Component, new[] { "shop-alb" },
                new[] { "shop-alb", "orders" }, new[] { "orders" }, "Add a geo-replica.", "m", resourceIds: new[] { AzureId });
            var path = _temp.Write("partial.sarif", Render(PartialRead.Report(PartialRead.NatFinding(), database)));
            AssertValid(path);

            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var run = doc.RootElement.GetProperty("runs")[0];
            var invocation = run.GetProperty("invocations")[0];
            Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
            var notifications = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToArray();
            Assert.Equal(2, notifications.Length);
            Assert.All(notifications, n => Assert.Equal("warning", n.GetProperty("level").GetString()));
            Assert.Contains("rds:DescribeDBInstances in us-east-1", notifications[0].GetProperty("message").GetProperty("text").GetString());
            Assert.Equal("us-east-1", notifications[0].GetProperty("properties").GetProperty("scope").GetString());
            Assert.Equal(new[] { PartialRead.Line }, run.GetProperty("properties").GetProperty("incomplete").EnumerateArray().Select(e => e.GetString()));

            var location = run.GetProperty("results")[0].GetProperty("locations")[0];
            Assert.False(location.TryGetProperty("physicalLocation", out _));
            var resource = location.GetProperty("logicalLocations").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "resource");
            Assert.Equal(PartialRead.NatArn, resource.GetProperty("fullyQualifiedName").GetString());
            var azure = run.GetProperty("results")[1].GetProperty("locations")[0].GetProperty("logicalLocations")[1];
            Assert.Equal((AzureId, "resource"), (azure.GetProperty("fullyQualifiedName").GetString(), azure.GetProperty("kind").GetString()));

            using var complete = JsonDocument.Parse(Render(PartialRead.Complete()));
            Assert.False(complete.RootElement.GetProperty("runs")[0].TryGetProperty("invocations", out _));
        }

        private static string SarifUri(string path) => new Uri(path).AbsoluteUri;

        private static string Render(SpofReport report)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), ReportFormat.Sarif, text);
            return text.ToString();
        }

        /// <summary>Runs <c>Sarif.Multitool validate</c> and requires its log to hold no error and no warning.</summary>
        private void AssertValid(string sarif)
        {
            var log = sarif + ".validation.sarif";
            var (exit, output) = ExternalTool.Run(RepositoryPaths.SarifMultitool(), _temp.Root, "validate", sarif, "--output", log, "--log", "ForceOverwrite");
            Assert.True(exit == 0 && File.Exists(log), $"Sarif.Multitool validate exited {exit}: {output}");
            using var doc = JsonDocument.Parse(File.ReadAllText(log));
            var problems = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()

                // A result without a level is a warning (SARIF §3.27.10).
                .Where(r => !r.TryGetProperty("level", out var level) || level.GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString())
                .ToArray();
            Assert.True(problems.Length == 0, $"{Path.GetFileName(sarif)}: {string.Join(", ", problems)}\n{output}");
        }
    }
}
