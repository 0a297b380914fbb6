using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// Real outputs others wrote (tests/corpus/azure/SOURCES), read as a user's export is read, give the findings a
    /// cloud engineer would sign; the reason for each expectation is the line above it.
    /// </summary>
    public sealed class CorpusTests
    {
        [Fact]
        public void Every_corpus_file_is_run_by_a_test()
        {
            var here = Path.GetDirectoryName(SourceFile())!;
            var tests = string.Concat(Directory.GetFiles(here, "*.cs").Select(File.ReadAllText));
            var corpus = Path.Combine(here, "..", "corpus", "azure");
            var unused = Directory.GetFiles(corpus, "*.json", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
                .Where(f => !tests.Contains("\"" + f + "\"", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToArray();
            Assert.Empty(unused);
        }

        private static string SourceFile([CallerFilePath] string path = "") => path;

        [Fact]
        public void A_lone_VM_outside_zones_is_a_single_point_of_failure_with_its_zone_and_region()
        {
            var report = Corpus.Report("rest-api-specs/compute/VirtualMachine_Get.json");

            // One VM, no zones, in an availability set the export does not hold (its fault domain is unknown, so all
            // its VMs are assumed to share one): the VM, that rack, its undisclosed zone and its region each stop it.
            Assert.Equal(
                new[] { "SinglePointOfFailure/my-AvailabilitySet-fd0", "SinglePointOfFailure/myVM", "SingleRegionRisk/westus", "SingleZoneRisk/westus-nozone" },
                Corpus.Ids(report));
        }

        [Fact]
        public void The_same_VM_listed_twice_counts_once()
        {
            var model = Corpus.Model(new RecordingHost(), "rest-api-specs/compute/VirtualMachine_ListBySubscription_ByLocation.json");

            // The example lists one id twice: one VM, one instance.
            var vm = Assert.Single(model.Components);
            Assert.Single(vm.Instances);
        }

        [Fact]
        public void A_scale_set_of_four_outside_zones_survives_an_instance_but_not_its_zone()
        {
            var report = Corpus.Report("rest-api-specs/compute/VirtualMachineScaleSet_Get_WithUserData.json");

            // Capacity 4 with no zones: losing a VM leaves three, losing the one datacenter they share stops all four.
            Assert.Equal(new[] { "SingleRegionRisk/westus", "SingleZoneRisk/westus-nozone" }, Corpus.Ids(report));
        }

        [Fact]
        public void An_AKS_cluster_whose_pool_spans_three_zones_has_only_its_region_as_risk()
        {
            var report = Corpus.Report("rest-api-specs/containerservice/ManagedClustersGet.json");

            // nodepool1: 3 nodes over zones 1, 2, 3; the control plane is regional.
            Assert.Equal(new[] { "SingleRegionRisk/location1" }, Corpus.Ids(report));
        }

        [Fact]
        public void A_single_instance_App_Service_plan_is_a_single_point_of_failure()
        {
            var report = Corpus.Report("rest-api-specs/web/GetAppServicePlan.json");

            // sku.capacity 1 (the instances it runs), not zone redundant.
            Assert.Equal(new[] { "SinglePointOfFailure/testsf6141", "SingleRegionRisk/eastus", "SingleZoneRisk/eastus-nozone" }, Corpus.Ids(report));
        }

        [Fact]
        public void Geo_redundant_storage_survives_its_region_after_a_manual_failover_with_data_loss()
        {
            var report = Corpus.Report("rest-api-specs/storage/StorageAccountGetProperties.json");

            // Standard_GRS: an LRS copy in the primary region and an async copy in secondaryLocation that someone must fail over to.
            Assert.Equal(
                new[] { "DataLossRisk/sto8596", "FailoverRisk/eastus2(stage)", "FailoverRisk/eastus2(stage)-nozone", "FailoverRisk/sto8596" },
                Corpus.Ids(report));
            Assert.Equal(new[] { "eastus2(stage)", "northcentralus(stage)" }, Corpus.Model(new RecordingHost(), "rest-api-specs/storage/StorageAccountGetProperties.json").Components.Single().Instances.Select(i => i.Region));
        }

        [Fact]
        public void A_cache_created_with_no_zones_shares_one_datacenter()
        {
            var report = Corpus.Report("rest-api-specs/redis/RedisCacheCreateNoZonesZonalAllocationPolicy.json");

            // zonalAllocationPolicy NoZones: primary and both replicas in one undisclosed zone.
            Assert.Equal(new[] { "SingleRegionRisk/eastus", "SingleZoneRisk/eastus-nozone" }, Corpus.Ids(report));
        }

        [Fact]
        public void A_load_balancer_with_a_zonal_frontend_fails_with_that_zone()
        {
            var report = Corpus.Report("rest-api-specs/network/LoadBalancerCreateWithZones.json");

            // Standard SKU, frontend pinned to zone 1: the load balancer's data path is zone 1's.
            Assert.Equal(new[] { "SingleRegionRisk/eastus", "SingleZoneRisk/eastus-1" }, Corpus.Ids(report));
        }

        [Fact]
        public void A_reliability_assessment_file_is_one_error_naming_the_file_and_what_it_holds()
        {
            var file = Corpus.Path("aprl/WARA_File_2024-05-07_11_59.json");

            var error = Assert.Throws<SpofInputException>(() => AzureExportLoader.Load(new[] { file }, new RecordingHost()));

            // It names ARM ids (so it looks like an export) but holds recommendations, not resources: one error, not seven.
            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal(AzureDiagnosticCodes.UnexpectedJsonShape, diagnostic.Code);
            Assert.Equal(file, diagnostic.Location.File);
            Assert.Contains("Well-Architected Reliability Assessment", diagnostic.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_REST_API_example_given_whole_is_an_error_saying_which_part_is_the_export()
        {
            var file = Corpus.Path("rest-api-specs/redis/RedisCacheGet.json");

            var error = Assert.Throws<SpofInputException>(() => AzureExportLoader.Load(new[] { file }, new RecordingHost()));

            Assert.Contains("REST API example", error.First.Message, StringComparison.Ordinal);
            Assert.Contains("200 response body", error.First.Message, StringComparison.Ordinal);
        }
    
        [Theory]
        [InlineData("azure-docs-cli/get-started-tutorial-2-storage-account-create.json")]
        [InlineData("azure-docs-cli/use-azure-cli-successfully-powershell-storage-account-create.json")]
        public void Azure_CLI_output_with_properties_at_the_top_level_is_read_and_a_missing_secondary_region_is_said(string published)
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, published);

            // az storage account create prints properties at the top level; the docs trimmed secondaryLocation, so the
            // RA-GRS copy's region is unknown: the primary is audited and the gap is a warning and an incomplete entry.
            var account = Assert.Single(model.Components);
            Assert.Equal(new[] { "eastus-nozone" }, account.Zones);
            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Contains("Standard_RAGRS", gap.Description, StringComparison.Ordinal);
            Assert.Contains("secondary region", gap.Description, StringComparison.Ordinal);
            Assert.Contains(host.Warnings, w => w.Contains("msdocssa00000000: Standard_RAGRS", StringComparison.Ordinal));
        }

        [Fact]
        public void A_row_whose_type_is_left_out_is_read_by_its_id_and_an_unmodelled_type_is_an_incomplete_entry()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "rest-api-specs/containerservice/ManagedClustersGet.json", "rest-api-specs/containerservice/AgentPoolsGet.json");

            // An agent pool's GET has no "type"; its id names managedClusters/agentPools, which no rule reads on its
            // own: the audit goes on (the cluster's own agentPoolProfiles are read) and the pool row is named as unread.
            Assert.NotNull(model.FindComponent("clustername1-nodepool1"));
            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Equal("microsoft.containerservice/managedclusters/agentpools", gap.Part);
            Assert.Contains("agentpool1", gap.Description, StringComparison.Ordinal);
            Assert.Single(host.Warnings, w => w.Contains("agentpool1", StringComparison.Ordinal));
        }

        [Fact]
        public void A_Front_Door_whose_type_is_misspelt_is_read_by_its_id()
        {
            var model = Corpus.Model(new RecordingHost(), "rest-api-specs/frontdoor/FrontdoorGet.json");

            // The example writes "Microsoft.Network/frontDoor"; the id says frontDoors, the classic Front Door type.
            var front = Assert.Single(model.Components);
            Assert.Equal(("frontDoor1", "frontdoor"), (front.Name, front.Kind));
        }

        [Theory]
        [InlineData("rest-api-specs/network/PublicIpAddressGet.json", "1 public IP address")]
        [InlineData("rest-api-specs/network/LBBackendAddressPoolWithBackendAddressesGet.json", "microsoft.network/loadbalancers/backendaddresspools (backend)")]
        public void An_export_of_nothing_audited_is_one_error_that_says_what_was_read(string file, string read)
        {
            var error = Assert.Throws<SpofInputException>(() => Corpus.Model(new RecordingHost(), file));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.StartsWith("no resource to audit", diagnostic.Message, StringComparison.Ordinal);
            Assert.Contains(read, diagnostic.Message, StringComparison.Ordinal);
        }
    }
}
