using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Azure.Tests
{
    /// <summary>What runs now: deallocated VMs, scale sets at capacity 0 and node pools without nodes serve nothing, and
    /// never abort the audit.</summary>
    public sealed class RunningStateTests
    {
        private const string Sub = "/subscriptions/55555555-5555-5555-5555-555555555555/resourceGroups/rg/providers/";

        [Fact]
        public void A_cluster_whose_only_pool_has_no_node_is_audited_and_said_to_run_nothing()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "rest-api-specs/containerservice/ManagedClustersGet.variant-count-0.json");

            // count 0 used to abort the whole audit ("'instances' must be at least 1"): now the cluster is there, the
            // empty pool is not a component, and the report says the cluster runs no node.
            Assert.NotNull(model.FindComponent("clustername1"));
            Assert.Null(model.FindComponent("clustername1-nodepool1"));
            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Contains("every node pool has 0 nodes", gap.Description, StringComparison.Ordinal);
            Assert.Contains(host.Warnings, w => w.StartsWith("clustername1:", StringComparison.Ordinal));
        }

        [Fact]
        public void A_scale_set_at_capacity_0_is_left_out_with_a_warning_and_the_rest_is_audited()
        {
            var host = new RecordingHost();
            var report = Corpus.Report(host, "rest-api-specs/compute/VirtualMachineScaleSet_Get_WithUserData.variant-capacity-0.json", "rest-api-specs/web/GetAppServicePlan.json");

            Assert.Equal(new[] { "SinglePointOfFailure/testsf6141", "SingleRegionRisk/eastus", "SingleZoneRisk/eastus-nozone" }, Corpus.Ids(report));
            Assert.Contains(host.Warnings, w => w.StartsWith("myVirtualMachineScaleSet: scale set with capacity 0", StringComparison.Ordinal));
        }

        [Fact]
        public void A_deallocated_VM_is_not_audited_as_running()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "rest-api-specs/compute/VirtualMachine_Get.variant-deallocated.json", "rest-api-specs/web/GetAppServicePlan.json");

            // The GET with its instance view says PowerState/deallocated.
            Assert.Null(model.FindComponent("myVM"));
            Assert.Contains(host.Warnings, w => w.StartsWith("myVM: VM is deallocated", StringComparison.Ordinal));
        }

        [Fact]
        public void A_deallocated_VM_is_no_backend_of_its_load_balancer()
        {
            // Resource Graph rows: two VMs behind one pool, one of them deallocated (properties.extended.instanceView).
            var model = Load(
                Vm("web-1", "PowerState/running"),
                Vm("web-2", "PowerState/deallocated"),
                LoadBalancer("web-lb", "web-1", "web-2"));

            Assert.Equal(new[] { "web-1" }, model.FindComponent("web-lb")!.DependsOn.SelectMany(d => d.Members));
            Assert.Null(model.FindComponent("web-2"));
        }

        [Fact]
        public void A_pool_whose_every_backend_is_stopped_is_an_incomplete_entry()
        {
            var host = new RecordingHost();
            var model = Load(host, Vm("web-1", "PowerState/stopped"), Vm("web-2", "PowerState/deallocated"), LoadBalancer("web-lb", "web-1", "web-2"), Vm("ops", "PowerState/running"));

            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Contains("web-lb: backend pool 'be' has no running backend (web-1 is stopped, web-2 is deallocated)", gap.Description, StringComparison.Ordinal);
        }

        [Fact]
        public void The_power_state_az_vm_list_d_prints_is_read()
        {
            // az vm list -d: properties at the top level, "powerState": "VM deallocated".
            var model = Load(
                "{\"id\": \"" + Sub + "Microsoft.Compute/virtualMachines/batch\", \"name\": \"batch\", \"type\": \"Microsoft.Compute/virtualMachines\", \"location\": \"westeurope\", \"provisioningState\": \"Succeeded\", \"powerState\": \"VM deallocated\", \"networkProfile\": {\"networkInterfaces\": []}}",
                Vm("ops", "PowerState/running"));

            Assert.Null(model.FindComponent("batch"));
        }

        private static string Vm(string name, string powerState) =>
            "{\"id\": \"" + Sub + "Microsoft.Compute/virtualMachines/" + name + "\", \"name\": \"" + name + "\", \"type\": \"microsoft.compute/virtualmachines\", \"location\": \"westeurope\", \"zones\": [\"1\"], "
            + "\"properties\": {\"networkProfile\": {\"networkInterfaces\": [{\"id\": \"" + Sub + "Microsoft.Network/networkInterfaces/" + name + "-nic\"}]}, "
            + "\"extended\": {\"instanceView\": {\"powerState\": {\"code\": \"" + powerState + "\"}}}}}";

        private static string LoadBalancer(string name, params string[] vms) =>
            "{\"id\": \"" + Sub + "Microsoft.Network/loadBalancers/" + name + "\", \"name\": \"" + name + "\", \"type\": \"microsoft.network/loadbalancers\", \"location\": \"westeurope\", \"sku\": {\"name\": \"Standard\"}, "
            + "\"properties\": {\"frontendIPConfigurations\": [{\"name\": \"fe\", \"zones\": [\"1\", \"2\", \"3\"]}], \"backendAddressPools\": [{\"name\": \"be\", \"properties\": {\"backendIPConfigurations\": ["
            + string.Join(", ", vms.Select(v => "{\"id\": \"" + Sub + "Microsoft.Network/networkInterfaces/" + v + "-nic/ipConfigurations/ipconfig1\"}")) + "]}}]}}";

        private static Model.SpofModel Load(params string[] rows) => Load(new RecordingHost(), rows);

        private static Model.SpofModel Load(RecordingHost host, params string[] rows)
        {
            var file = Path.Combine(Path.GetTempPath(), $"spof-azure-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, "[" + string.Join(",\n", rows) + "]");
            try
            {
                return AzureExportLoader.Load(new[] { file }, host);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
