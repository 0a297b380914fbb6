using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>Recorded subscriptions, read through the export route, give the findings an operator expects.</summary>
    public sealed class ExportFindingsTests
    {
        private static SpofReport Report(string fixture)
        {
            var model = AzureExportLoader.Load(new[] { Fixtures.Path(fixture) }, new RecordingHost());
            return new SpofAnalyzer().Analyze(model);
        }

        [Fact]
        public void ZoneRedundantWebAppHasOnlyItsRegionAndItsTwoOwnersAsRisks()
        {
            var report = Report("zone-redundant-webapp.json");

            // Owner tags name alice and bob, and nobody else, on the gateway, the web app and the database.
            Assert.Equal(new[] { "SingleRegionRisk/westeurope", "KnowledgeConcentration/alice+bob" }, report.Findings.Select(f => f.Id).ToArray());
            Assert.Equal(new[] { "shop-agw" }, report.Entrypoints);
            var region = report.Findings[0];
            Assert.Equal(new[] { "shop-agw" }, region.Affects);
        }

        [Fact]
        public void SingleZoneWebAppReportsItsZoneTheUnzonedDataAndTheLoneDatabaseOwner()
        {
            var report = Report("single-zone-webapp.json");
            var ids = report.Findings.Select(f => f.Id).OrderBy(i => i, System.StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[]
                {
                    "PersonnelDependency/carol",
                    "PersonnelDependency/dave",
                    "SingleRegionRisk/westeurope",
                    "SingleZoneRisk/westeurope-1",
                    "SingleZoneRisk/westeurope-nozone",
                },
                ids);
            var zone = report.Findings.Single(f => f.Id == "SingleZoneRisk/westeurope-1");
            Assert.Equal(new[] { "blog-lb" }, zone.Affects);
            Assert.Equal(Severity.High, zone.Severity);
            Assert.Contains("blog-web-1", zone.Components);
            Assert.Contains("blog-web-2", zone.Components);
            var data = report.Findings.Single(f => f.Id == "SingleZoneRisk/westeurope-nozone");
            Assert.Equal(new[] { "blog-db", "blogstor" }, data.Components.OrderBy(c => c, System.StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void TwoVmsInOneFaultDomainMakeThatRackASinglePointOfFailure()
        {
            var report = Report("availability-set.json");

            var domain = report.Findings.Single(f => f.Kind == FindingKind.SinglePointOfFailure);
            Assert.Equal("app-as-fd0", domain.Target);
            Assert.Equal(TargetType.Domain, domain.TargetType);
            Assert.Equal(new[] { "app-lb" }, domain.Affects);
        }

        [Fact]
        public void GraphQueryAndResourceListExportsOfTheSameResourcesGiveTheSameFindings()
        {
            // The single-zone fixture is az resource list output; the same rows wrapped as az graph query writes them.
            var rows = System.IO.File.ReadAllText(Fixtures.Path("single-zone-webapp.json"));
            var wrapped = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"spof-azure-{System.Guid.NewGuid():N}.json");
            System.IO.File.WriteAllText(wrapped, "{\"count\": 6, \"data\": " + rows + ", \"skip_token\": null}");
            try
            {
                var fromList = Report("single-zone-webapp.json").Findings.Select(f => (f.Id, f.Severity, string.Join(",", f.Path)));
                var model = AzureExportLoader.Load(new[] { wrapped }, new RecordingHost());
                var fromGraph = new SpofAnalyzer().Analyze(model).Findings.Select(f => (f.Id, f.Severity, string.Join(",", f.Path)));
                Assert.Equal(fromList, fromGraph);
            }
            finally
            {
                System.IO.File.Delete(wrapped);
            }
        }
    }
}
