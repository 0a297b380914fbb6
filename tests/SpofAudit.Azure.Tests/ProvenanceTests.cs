using System;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>An Azure export's model names its export file as a typed source, and its components and findings their ARM ids.</summary>
    public sealed class ProvenanceTests
    {
        private static SpofModel Load(string fixture) => AzureExportLoader.Load(new[] { Fixtures.Path(fixture) }, new RecordingHost());

        [Fact]
        public void An_export_is_an_export_source_naming_the_file()
        {
            var source = Assert.Single(Load("single-zone-webapp.json").Provenance.Sources);

            Assert.Equal(InventorySourceKind.ExportFile, source.Kind);
            Assert.Equal(new[] { Fixtures.Path("single-zone-webapp.json") }, source.Names);
        }

        [Fact]
        public void Each_component_names_the_ARM_id_of_its_resource_and_no_file()
        {
            var model = Load("single-zone-webapp.json");

            Assert.All(model.Components, c =>
            {
                Assert.Null(c.Origin.File);
                var id = Assert.Single(c.Origin.ResourceIds);
                Assert.StartsWith("/subscriptions/", id, StringComparison.OrdinalIgnoreCase);
                Assert.Equal(c.Tags["azure:id"], id);
            });
        }

        [Fact]
        public void A_zone_finding_names_the_ARM_id_of_the_component_it_points_at()
        {
            var model = Load("single-zone-webapp.json");
            var zone = new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Id == "SingleZoneRisk/westeurope-1");

            var pointed = model.FindComponent(zone.Path[zone.Path.Count - 2])!;
            Assert.Equal(pointed.Origin.ResourceIds, zone.ResourceIds);
            Assert.NotEmpty(zone.ResourceIds);
        }
    }
}
