using System.Linq;

namespace SpofAudit.Azure.Tests
{
    /// <summary>Application Gateway v2 is highly available at any autoscale minimum (Microsoft's autoscaling documentation).</summary>
    public sealed class ApplicationGatewayTests
    {
        [Theory]
        [InlineData("project-examples/zone-redundant-webapp.variant-agw-mincapacity-0.json")]
        [InlineData("project-examples/zone-redundant-webapp.variant-agw-mincapacity-1.json")]
        public void A_v2_gateway_over_three_zones_with_a_minimum_of_0_or_1_is_no_single_point_of_failure(string variant)
        {
            var report = Corpus.Report(variant);

            // The recorded zone-redundant web app with only the gateway's autoscale minimum lowered: WAF_v2 over zones
            // 1-3 keeps two instances whatever the minimum, so the region stays the only infrastructure risk, as with a
            // minimum of 2; alice and bob, the only owners of the shop's components, are a knowledge concentration.
            Assert.Equal(new[] { "KnowledgeConcentration/alice+bob", "SingleRegionRisk/westeurope" }, Corpus.Ids(report));
            var gateway = Corpus.Model(new RecordingHost(), variant).FindComponent("shop-agw")!;
            Assert.Equal(new[] { "westeurope-1", "westeurope-2" }, gateway.Instances.Select(i => i.Zone));
        }
    }
}
