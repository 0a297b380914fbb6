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
            var zone = ZoneFindingBehind("rest-api-specs/network/PublicIpAddressCreateCustomizedValues.variant-no-zones.json", "Standard");

            Assert.Contains("Uncertain: web-lb: its public IP testDNS-ip is Standard with no zones", zone.Recommendation, StringComparison.Ordinal);
        }

        [Fact]
        public void A_load_balancer_behind_a_zonal_standard_public_IP_fails_with_that_zone_for_certain()
        {
            // The same example as published: zones ["1"].
            var zone = ZoneFindingBehind("rest-api-specs/network/PublicIpAddressCreateCustomizedValues.json", "Standard");

            Assert.Equal("eastus-1", zone.Target);
            Assert.DoesNotContain("Uncertain", zone.Recommendation, StringComparison.Ordinal);
        }

        [Fact]
        public void A_basic_load_balancer_behind_a_basic_public_IP_is_certainly_in_one_undisclosed_zone()
        {
            // Microsoft's default public IP (Basic, dynamic): Basic resources are never zone redundant, so no doubt.
            var zone = ZoneFindingBehind("rest-api-specs/network/PublicIpAddressCreateDefaults.json", "Basic");

            Assert.Equal("eastus-nozone", zone.Target);
            Assert.DoesNotContain("Uncertain", zone.Recommendation, StringComparison.Ordinal);
        }

        /// <summary>The zone finding of a public load balancer of this SKU whose one frontend is the example's public IP.</summary>
        private static Finding ZoneFindingBehind(string publicIpExample, string sku)
        {
            var lb = Path.Combine(Path.GetTempPath(), $"spof-azure-{Guid.NewGuid():N}.json");
            File.WriteAllText(lb, "{\"id\": \"/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/loadBalancers/web-lb\", \"name\": \"web-lb\", \"type\": \"Microsoft.Network/loadBalancers\", "
                + "\"location\": \"eastus\", \"sku\": {\"name\": \"" + sku + "\"}, \"properties\": {\"frontendIPConfigurations\": [{\"name\": \"fe\", \"properties\": {\"publicIPAddress\": "
                + "{\"id\": \"/subscriptions/subid/resourceGroups/rg1/providers/Microsoft.Network/publicIPAddresses/test-ip\"}}}], \"backendAddressPools\": []}}");
            try
            {
                var model = AzureExportLoader.Load(new[] { Corpus.ResponseBody(publicIpExample), lb }, new RecordingHost());
                return new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Kind == FindingKind.SingleZoneRisk);
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
