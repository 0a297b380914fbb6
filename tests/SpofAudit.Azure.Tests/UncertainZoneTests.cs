using System;
using System.IO;
using System.Linq;
using SpofAudit.Findings;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// A Standard frontend without zones is zone-redundant or non-zonal depending on the network API version that created
    /// it (before or after 2020-08-01), which the data does not show: the zone finding says it is uncertain, and why.
    /// </summary>
    public sealed class UncertainZoneTests
    {
        [Fact]
        public void A_standard_load_balancer_whose_private_frontend_has_no_zones_gets_an_uncertain_zone_finding()
        {
            var host = new RecordingHost();
            var report = Corpus.Report(host, "rest-api-specs/network/LoadBalancerCreateWithZones.variant-frontend-no-zones.json");

            var zone = report.Findings.Single(f => f.Kind == FindingKind.SingleZoneRisk);
            Assert.Equal("eastus-nozone", zone.Target);
            Assert.Contains("Uncertain: lb: its frontend fe-lb is Standard with no zones", zone.Recommendation, StringComparison.Ordinal);
            Assert.Contains("2020-08-01", zone.Recommendation, StringComparison.Ordinal);
            Assert.Contains(host.Warnings, w => w.StartsWith("lb: its frontend fe-lb is Standard with no zones", StringComparison.Ordinal));
        }

        [Fact]
        public void A_load_balancer_behind_a_standard_public_IP_without_zones_gets_an_uncertain_zone_finding()
        {
            // Microsoft's Standard public IP example with its zones removed, used by a public load balancer.
            var lb = Path.Combine(Path.GetTempPath(), $"spof-azure-{Guid.NewGuid():N}.json");
            File.WriteAllText(lb, "{\"id\": \"/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/loadBalancers/web-lb\", \"name\": \"web-lb\", \"type\": \"Microsoft.Network/loadBalancers\", "
                + "\"location\": \"eastus\", \"sku\": {\"name\": \"Standard\"}, \"properties\": {\"frontendIPConfigurations\": [{\"name\": \"fe\", \"properties\": {\"publicIPAddress\": "
                + "{\"id\": \"/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/publicIPAddresses/test-ip\"}}}], \"backendAddressPools\": []}}");
            try
            {
                var model = AzureExportLoader.Load(new[] { Corpus.ResponseBody("rest-api-specs/network/PublicIpAddressCreateCustomizedValues.variant-no-zones.json"), lb }, new RecordingHost());
                var zone = new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Kind == FindingKind.SingleZoneRisk);

                Assert.Contains("Uncertain: web-lb: its public IP testDNS-ip is Standard with no zones", zone.Recommendation, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(lb);
            }
        }

        [Fact]
        public void A_zonal_frontend_is_certain()
        {
            var report = Corpus.Report("rest-api-specs/network/LoadBalancerCreateWithZones.json");

            Assert.DoesNotContain(report.Findings, f => f.Recommendation.Contains("Uncertain", StringComparison.Ordinal));
        }
    }
}
