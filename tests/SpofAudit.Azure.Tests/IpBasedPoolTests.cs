using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Azure.Tests
{
    /// <summary>Load balancer pools that name members by IP address (loadBalancerBackendAddresses: IP-based pools, AKS node IPs).</summary>
    public sealed class IpBasedPoolTests
    {
        private const string Sub = "/subscriptions/66666666-6666-6666-6666-666666666666/resourceGroups/rg/providers/";

        [Fact]
        public void Addresses_no_VM_in_the_data_has_are_a_warning_and_an_incomplete_entry()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "rest-api-specs/network/LoadBalancerCreateWithZones.variant-ip-based-pool.json");

            // The pool of Microsoft's IP-based pool example (10.0.0.4, 10.0.0.5) on the zonal load balancer: nothing in
            // the export owns those addresses, so the report says the backends were not read, instead of nothing.
            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Contains("lb: backend pool 'be-lb' lists 2 IP address(es) (10.0.0.4, 10.0.0.5)", gap.Description, StringComparison.Ordinal);
            Assert.Single(host.Warnings, w => w.Contains("10.0.0.4", StringComparison.Ordinal));
        }

        [Fact]
        public void Addresses_of_VMs_listed_with_their_private_IPs_are_read_as_the_pool()
        {
            // az vm list -d prints each VM's privateIps; the pool names 10.0.0.4 and 10.0.0.5.
            var rows = new[]
            {
                Vm("node-a", "10.0.0.4", "1"),
                Vm("node-b", "10.0.0.5", "2"),
                "{\"id\": \"" + Sub + "Microsoft.Network/loadBalancers/k8s\", \"name\": \"k8s\", \"type\": \"Microsoft.Network/loadBalancers\", \"location\": \"westeurope\", \"sku\": {\"name\": \"Standard\"}, "
                + "\"properties\": {\"frontendIPConfigurations\": [{\"name\": \"fe\", \"zones\": [\"1\", \"2\", \"3\"]}], \"backendAddressPools\": [{\"name\": \"kubernetes\", \"properties\": {\"loadBalancerBackendAddresses\": ["
                + "{\"name\": \"a\", \"properties\": {\"ipAddress\": \"10.0.0.4\"}}, {\"name\": \"b\", \"properties\": {\"ipAddress\": \"10.0.0.5\"}}]}}]}}",
            };
            var file = Path.Combine(Path.GetTempPath(), $"spof-azure-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, "[" + string.Join(",\n", rows) + "]");
            try
            {
                var model = AzureExportLoader.Load(new[] { file }, new RecordingHost());

                Assert.Equal(new[] { "node-a", "node-b" }, model.FindComponent("k8s")!.DependsOn.Single().Members);
                Assert.Empty(model.Provenance.Unread);
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static string Vm(string name, string ip, string zone) =>
            "{\"id\": \"" + Sub + "Microsoft.Compute/virtualMachines/" + name + "\", \"name\": \"" + name + "\", \"type\": \"Microsoft.Compute/virtualMachines\", \"location\": \"westeurope\", \"zones\": [\"" + zone + "\"], "
            + "\"provisioningState\": \"Succeeded\", \"powerState\": \"VM running\", \"privateIps\": \"" + ip + "\", \"networkProfile\": {\"networkInterfaces\": []}}";
    }
}
