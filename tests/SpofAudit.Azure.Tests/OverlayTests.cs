using System;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>A spofaudit/v1 overlay adds what Azure cannot see to discovered components.</summary>
    public sealed class OverlayTests
    {
        [Fact]
        public void AnOverlayAddsADependencyOnAComponentOutsideAzure()
        {
            var model = AzureModelSource.FromFiles(new[] { Fixtures.Path("zone-redundant-webapp.json"), Fixtures.Path("shop-overlay.yaml") }, new RecordingHost());
            var ids = new SpofAnalyzer().Analyze(model).Findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();

            Assert.Equal(
                new[] { "KnowledgeConcentration/alice+bob", "PersonnelDependency/erin", "SinglePointOfFailure/payments", "SingleRegionRisk/westeurope", "SingleZoneRisk/westeurope-2" },
                ids);
            Assert.Contains("payments", model.FindComponent("shop-web")!.DependsOn.SelectMany(d => d.Members));
            Assert.Equal(new[] { "shop-agw" }, model.Entrypoints);
        }

        [Fact]
        public void AnOverlayMayDeclareAPersonAnOwnerTagAlreadyNamedAndPutThemInATeam()
        {
            var overlay = Path.Combine(Path.GetTempPath(), $"spof-overlay-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(overlay, "apiVersion: spofaudit/v1\npeople:\n  alice: {}\nteams:\n  web: [alice, bob]\ncomponents:\n  shop-kv:\n    owners: [web]\n");
            try
            {
                var model = AzureModelSource.FromFiles(new[] { Fixtures.Path("zone-redundant-webapp.json"), overlay }, new RecordingHost());

                Assert.Single(model.People, p => p.Name == "alice");
                Assert.Equal(new[] { "alice", "bob" }, model.OwnersOf(model.FindComponent("shop-kv")!));
            }
            finally
            {
                File.Delete(overlay);
            }
        }

        [Fact]
        public void AnOverlayMayNotMoveADiscoveredComponent()
        {
            var overlay = Path.Combine(Path.GetTempPath(), $"spof-overlay-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(overlay, "apiVersion: spofaudit/v1\ncomponents:\n  shop-sql:\n    zones: [westeurope-1]\n");
            try
            {
                var error = Assert.Throws<SpofInputException>(() =>
                    AzureModelSource.FromFiles(new[] { Fixtures.Path("zone-redundant-webapp.json"), overlay }, new RecordingHost()));

                Assert.Equal(DiagnosticCodes.OverlayConflict, error.First.Code);
                Assert.Equal(overlay, error.First.Location.File);
                Assert.Contains("was discovered at /subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/shop-rg/providers/Microsoft.Sql/servers/shop-sqlsrv/databases/shop-sql", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(overlay);
            }
        }
    }
}
