using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>The mapping rules of docs/azure.md, one resource family at a time.</summary>
    public sealed class MappingTests
    {
        private const string Sub = "/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg/providers/";

        [Fact]
        public void DataServicesAndClustersMapTheirRedundancy()
        {
            const string Server = "Microsoft.Sql/servers/sql-a";
            var model = Load(
                Row("Microsoft.DocumentDB/databaseAccounts/orders", "{\"enableAutomaticFailover\": true, \"enableMultipleWriteLocations\": false, \"locations\": [" +
                    "{\"locationName\": \"North Europe\", \"failoverPriority\": 1, \"isZoneRedundant\": false}, {\"locationName\": \"West Europe\", \"failoverPriority\": 0, \"isZoneRedundant\": true}]}"),
                Row("Microsoft.ContainerService/managedClusters/aks", "{\"agentPoolProfiles\": [{\"name\": \"system\", \"count\": 3, \"availabilityZones\": [\"1\", \"2\", \"3\"]}, {\"name\": \"batch\", \"count\": 2}]}"),
                Row(Server + "/databases/billing", "{\"zoneRedundant\": false}", type: "Microsoft.Sql/servers/databases"),
                Row(Server + "/elasticPools/pool", "{\"zoneRedundant\": true}", type: "Microsoft.Sql/servers/elasticPools"),
                Row(Server + "/databases/ledger", "{\"zoneRedundant\": false, \"elasticPoolId\": \"" + Sub + Server + "/elasticPools/pool\"}", type: "Microsoft.Sql/servers/databases"),
                Row(Server + "/failoverGroups/billing-fg", "{\"databases\": [\"" + Sub + Server + "/databases/billing\"], \"partnerServers\": [{\"id\": \"x\", \"location\": \"North Europe\"}], \"readWriteEndpoint\": {\"failoverPolicy\": \"Automatic\"}}", type: "Microsoft.Sql/servers/failoverGroups"),
                Row("Microsoft.Cache/Redis/sessions", "{\"sku\": {\"name\": \"Premium\"}, \"replicasPerPrimary\": 2}", zones: new[] { "1", "2" }));

            // Cosmos DB: one instance per region, by failover priority; a zone-redundant region fails with its region only.
            var orders = model.FindComponent("orders")!;
            Assert.Equal(new[] { ("westeurope", (string?)null), ("northeurope", "northeurope-nozone") }, orders.Instances.Select(i => (i.Region!, i.Zone)));
            Assert.Equal((StandbyMode.Hot, FailoverMode.Automatic, ReplicationMode.Async), (orders.Standby!.Mode, orders.Standby.Failover, orders.Replication));

            // AKS: each node pool is a component over its zones, with its node count; the cluster needs every pool.
            Assert.Equal(new[] { "westeurope-1", "westeurope-2", "westeurope-3" }, model.FindComponent("aks-system")!.Instances.Select(i => i.Zone));
            Assert.Equal(new[] { "westeurope-nozone", "westeurope-nozone" }, model.FindComponent("aks-batch")!.Instances.Select(i => i.Zone));
            Assert.Equal(new[] { "aks-system", "aks-batch" }, model.FindComponent("aks")!.DependsOn.SelectMany(d => d.Members));

            // SQL: a failover group puts one instance in each region, hot standby, async; a zone-redundant pool is regional.
            var billing = model.FindComponent("billing")!;
            Assert.Equal(new[] { "westeurope", "northeurope" }, billing.Instances.Select(i => i.Region!));
            Assert.Equal((StandbyMode.Hot, FailoverMode.Automatic, ReplicationMode.Async), (billing.Standby!.Mode, billing.Standby.Failover, billing.Replication));
            Assert.Equal(ComponentScope.Regional, model.FindComponent("ledger")!.Scope);

            // Redis Premium: the primary and its replicas spread over the cache's zones.
            Assert.Equal(new[] { "westeurope-1", "westeurope-2", "westeurope-1" }, model.FindComponent("sessions")!.Instances.Select(i => i.Zone));
        }

        [Fact]
        public void ResourceTypesSetTheRoleThatTheKindWordWouldNot()
        {
            var model = Load(
                Row("Microsoft.DocumentDB/databaseAccounts/orders", "{\"locations\": [{\"locationName\": \"West Europe\", \"failoverPriority\": 0, \"isZoneRedundant\": false}]}"),
                Row("Microsoft.Cache/Redis/sessions", "{\"sku\": {\"name\": \"Standard\"}}"),
                Row("Microsoft.Storage/storageAccounts/files", "{}", sku: "Standard_LRS"));

            // "cosmosdb" is no database word, so only the resource type makes it a database.
            Assert.Equal(ComponentRole.Service, ComponentRoles.Classify("cosmosdb"));
            Assert.Equal((ComponentRole?)ComponentRole.Database, model.FindComponent("orders")!.DeclaredRole);
            Assert.Equal(ComponentRole.Database, model.FindComponent("orders")!.Role);
            Assert.Equal(ComponentRole.Cache, model.FindComponent("sessions")!.Role);
            Assert.Equal(ComponentRole.Storage, model.FindComponent("files")!.Role);
        }

        [Fact]
        public void AvailabilitySetFaultDomainsBecomeSharedFateDomains()
        {
            var model = AzureExportLoader.Load(new[] { Fixtures.Path("availability-set.json") }, new RecordingHost());

            Assert.Equal(new[] { "app-as-fd0" }, model.FindComponent("app-1")!.Domains);
            Assert.Equal(new[] { "app-as-fd0" }, model.FindComponent("app-2")!.Domains);
            Assert.Equal("northeurope-nozone", model.FindComponent("app-1")!.Instances.Single().Zone);
        }

        [Fact]
        public void UnreportedFaultDomainsAreFilledRoundRobin()
        {
            var model = Load(
                Row("Microsoft.Compute/availabilitySets/web-as", "{\"platformFaultDomainCount\": 3}"),
                Row("Microsoft.Compute/virtualMachines/web-b", "{\"availabilitySet\": {\"id\": \"" + Sub + "Microsoft.Compute/availabilitySets/web-as\"}}"),
                Row("Microsoft.Compute/virtualMachines/web-a", "{\"availabilitySet\": {\"id\": \"" + Sub + "Microsoft.Compute/availabilitySets/web-as\"}}"),
                Row("Microsoft.Compute/virtualMachines/web-c", "{\"availabilitySet\": {\"id\": \"" + Sub + "Microsoft.Compute/availabilitySets/web-as\"}, \"platformFaultDomain\": 2}"));

            Assert.Equal(new[] { "web-as-fd0" }, model.FindComponent("web-a")!.Domains);
            Assert.Equal(new[] { "web-as-fd1" }, model.FindComponent("web-b")!.Domains);
            Assert.Equal(new[] { "web-as-fd2" }, model.FindComponent("web-c")!.Domains);
        }

        [Fact]
        public void LocallyRedundantStorageLivesInOneZonesFate()
        {
            var model = Load(Row("Microsoft.Storage/storageAccounts/logs", "{}", sku: "Standard_LRS"));
            var storage = model.FindComponent("logs")!;

            Assert.Equal(ComponentScope.Zonal, storage.Scope);
            Assert.Equal(new[] { "westeurope-nozone" }, storage.Zones);
            Assert.Equal("westeurope", model.RegionOfZone("westeurope-nozone"));
            Assert.Equal(new[] { "westeurope-nozone" }, model.UndisclosedZones);
        }

        [Fact]
        public void ZoneRedundantStorageLivesInTheRegionsFate()
        {
            var storage = Load(Row("Microsoft.Storage/storageAccounts/data", "{}", sku: "Premium_ZRS")).FindComponent("data")!;

            Assert.Equal(ComponentScope.Regional, storage.Scope);
            Assert.Equal("westeurope", storage.Region);
        }

        [Theory]
        [InlineData("Standard_GRS", "westeurope-nozone", StandbyMode.Warm)]
        [InlineData("Standard_RAGZRS", null, StandbyMode.Hot)]
        public void GeoRedundantStorageSpansTwoRegionsWithManualFailover(string sku, string? primaryZone, StandbyMode mode)
        {
            var storage = Load(Row("Microsoft.Storage/storageAccounts/geo", "{\"secondaryLocation\": \"northeurope\"}", sku: sku)).FindComponent("geo")!;

            Assert.Equal(new[] { "westeurope", "northeurope" }, storage.Instances.Select(i => i.Region).ToArray());
            Assert.Equal(primaryZone, storage.Instances[0].Zone);
            Assert.Equal("northeurope-nozone", storage.Instances[1].Zone);
            Assert.Equal(mode, storage.Standby!.Mode);
            Assert.Equal(FailoverMode.Manual, storage.Standby.Failover);
            Assert.Equal(ReplicationMode.Async, storage.Replication);
        }

        [Fact]
        public void ZonesBecomeRegionQualifiedAndScaleSetsSpreadTheirCapacity()
        {
            var model = Load(Row("Microsoft.Compute/virtualMachineScaleSets/web", "{}", sku: "Standard_D2s_v5", capacity: 4, zones: new[] { "3", "1" }));
            var scaleSet = model.FindComponent("web")!;

            Assert.Equal(new[] { "westeurope-1", "westeurope-3", "westeurope-1", "westeurope-3" }, scaleSet.Instances.Select(i => i.Zone).ToArray());
            Assert.Equal(new[] { "westeurope-1", "westeurope-3" }, model.Regions["westeurope"]);
        }

        [Fact]
        public void OwnerTagsBecomePeopleAndDependsOnTagsBecomeDependencies()
        {
            var model = Load(
                Row("Microsoft.Web/serverfarms/plan", "{\"zoneRedundant\": true}", capacity: 3),
                Row("Microsoft.Web/sites/app", "{\"serverFarmId\": \"" + Sub + "Microsoft.Web/serverfarms/plan\"}",
                    tags: "{\"owner\": \"erin; frank\", \"spof:owners\": \"grace\", \"spof:dependsOn\": \"vault, soft:cache\", \"spof:criticality\": \"High\"}"),
                Row("Microsoft.KeyVault/vaults/vault", "{}"),
                Row("Microsoft.Cache/Redis/cache", "{\"sku\": {\"name\": \"Basic\"}}"));
            var app = model.FindComponent("app")!;

            Assert.Equal(new[] { "erin", "frank", "grace" }, app.Owners);
            Assert.Equal(new[] { "erin", "frank", "grace" }, model.People.Select(p => p.Name).ToArray());
            Assert.Equal(Criticality.High, app.Criticality);
            Assert.Equal(new[] { "plan", "vault", "cache" }, app.DependsOn.Select(d => d.Members.Single()).ToArray());
            Assert.Equal(new[] { false, false, true }, app.DependsOn.Select(d => d.Soft).ToArray());
            Assert.Equal(new[] { "westeurope-1", "westeurope-2", "westeurope-3" }, model.FindComponent("plan")!.Instances.Select(i => i.Zone).ToArray());
            Assert.Single(model.FindComponent("cache")!.Instances);
        }

        [Fact]
        public void ADependsOnTagNamingNothingIsAWarningNotAFailure()
        {
            var host = new RecordingHost();
            var model = Load(host, Row("Microsoft.KeyVault/vaults/vault", "{}", tags: "{\"spof:dependsOn\": \"ghost\"}"));

            Assert.Empty(model.FindComponent("vault")!.DependsOn);
            Assert.Contains(host.Warnings, w => w.Contains("'ghost'", StringComparison.Ordinal));
        }

        [Fact]
        public void AnOwnerTagNamingAComponentIsAWarningNotADuplicateName()
        {
            var host = new RecordingHost();
            var model = Load(host, Row("Microsoft.KeyVault/vaults/vault", "{}", tags: "{\"Owner\": \"vault; ivan\"}"));

            Assert.Equal(new[] { "ivan" }, model.FindComponent("vault")!.Owners);
            Assert.Contains(host.Warnings, w => w.Contains("owner 'vault'", StringComparison.Ordinal));
        }

        [Fact]
        public void SameNamesInTwoResourceGroupsAreQualified()
        {
            var other = "/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg2/providers/";
            var model = Load(
                Row("Microsoft.KeyVault/vaults/kv", "{}"),
                Row("Microsoft.KeyVault/vaults/kv", "{}", prefix: other));

            Assert.NotNull(model.FindComponent("rg/kv"));
            Assert.NotNull(model.FindComponent("rg2/kv"));
        }

        [Fact]
        public void TrafficManagerNeedsAnyOneOfItsEndpointsAndFindsLoadBalancersThroughTheirPublicIps()
        {
            var model = Load(
                Row("Microsoft.Network/publicIPAddresses/ip-a", "{\"ipAddress\": \"1.1.1.1\"}", sku: "Standard", zones: new[] { "1", "2", "3" }),
                Row("Microsoft.Network/loadBalancers/lb-a", "{\"frontendIPConfigurations\": [{\"name\": \"fe\", \"properties\": {\"publicIPAddress\": {\"id\": \"" + Sub + "Microsoft.Network/publicIPAddresses/ip-a\"}}}]}", sku: "Standard"),
                Row("Microsoft.Web/sites/app-b", "{\"defaultHostName\": \"app-b.azurewebsites.net\"}"),
                Row("Microsoft.Network/trafficManagerProfiles/tm", "{\"endpoints\": [" +
                    "{\"name\": \"a\", \"properties\": {\"targetResourceId\": \"" + Sub + "Microsoft.Network/publicIPAddresses/ip-a\"}}," +
                    "{\"name\": \"b\", \"properties\": {\"target\": \"app-b.azurewebsites.net\"}}," +
                    "{\"name\": \"c\", \"properties\": {\"target\": \"gone.example\", \"endpointStatus\": \"Disabled\"}}]}", location: "global"));
            var tm = model.FindComponent("tm")!;
            var lb = model.FindComponent("lb-a")!;

            Assert.Equal(ComponentScope.Global, tm.Scope);
            Assert.Equal(DependencyForm.AnyOf, tm.DependsOn.Single().Form);
            Assert.Equal(new[] { "lb-a", "app-b" }, tm.DependsOn.Single().Members);
            Assert.Equal(new[] { "westeurope-1", "westeurope-2", "westeurope-3" }, lb.Zones);
        }

        [Fact]
        public void ARowSeenTwiceCountsOnce()
        {
            var vault = Row("Microsoft.KeyVault/vaults/vault", "{}");
            var model = Load(vault, vault.Replace("/vaults/vault", "/VAULTS/vault"));

            Assert.Single(model.Components);
        }

        [Fact]
        public void FrontDoorNeedsOneOriginOfEachGroup()
        {
            var model = Load(
                Row("Microsoft.Cdn/profiles/fd", "{}", sku: "Premium_AzureFrontDoor", location: "global"),
                Origin("web/origins/weu", "{\"hostName\": \"app-weu.azurewebsites.net\"}"),
                Origin("web/origins/neu", "{\"hostName\": \"app-neu.azurewebsites.net\"}"),
                Origin("web/origins/off", "{\"hostName\": \"old.example\", \"enabledState\": \"Disabled\"}"),
                Origin("api/origins/api", "{\"hostName\": \"api.azurewebsites.net\"}"),
                Row("Microsoft.Web/sites/app-weu", "{\"defaultHostName\": \"app-weu.azurewebsites.net\"}"),
                Row("Microsoft.Web/sites/app-neu", "{\"defaultHostName\": \"app-neu.azurewebsites.net\"}", location: "northeurope"),
                Row("Microsoft.Web/sites/api", "{\"defaultHostName\": \"api.azurewebsites.net\"}"));
            var frontDoor = model.FindComponent("fd")!;

            Assert.Equal(ComponentScope.Global, frontDoor.Scope);
            Assert.Equal(2, frontDoor.DependsOn.Count);
            Assert.Equal(new[] { "api" }, frontDoor.DependsOn[0].Members);
            Assert.Equal(DependencyForm.AnyOf, frontDoor.DependsOn[1].Form);
            Assert.Equal(new[] { "app-neu", "app-weu" }, frontDoor.DependsOn[1].Members.OrderBy(m => m, StringComparer.Ordinal).ToArray());
        }

        [Fact]
        public void MalformedJsonIsAnErrorWithFileLineAndColumn()
        {
            var file = Temp("[\n  {\"id\": \"x\",\n   \"type\": }\n]");
            try
            {
                var error = Assert.Throws<SpofInputException>(() => AzureExportLoader.Load(new[] { file }, new RecordingHost()));

                Assert.Equal(AzureDiagnosticCodes.InvalidJson, error.First.Code);
                Assert.Equal(3, error.First.Location.Line);
                Assert.Equal(file, error.First.Location.File);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Theory]
        [InlineData("{\"rows\": []}", "expected an array of resources")]
        [InlineData("[{\"name\": \"no-id\"}]", "resource #1: a resource needs an 'id' and a 'type'")]
        public void JsonOfAnotherShapeIsAnErrorSayingWhatWasExpected(string json, string message)
        {
            var file = Temp(json);
            try
            {
                var error = Assert.Throws<SpofInputException>(() => AzureExportLoader.Load(new[] { file }, new RecordingHost()));

                Assert.Equal(AzureDiagnosticCodes.UnexpectedJsonShape, error.First.Code);
                Assert.Contains(message, error.First.Message, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static SpofModel Load(params string[] rows) => Load(new RecordingHost(), rows);

        private static SpofModel Load(RecordingHost host, params string[] rows)
        {
            var file = Temp("[" + string.Join(",\n", rows) + "]");
            try
            {
                return AzureExportLoader.Load(new[] { file }, host);
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static string Row(
            string typeAndName, string properties, string? sku = null, int? capacity = null, IReadOnlyList<string>? zones = null,
            string tags = "{}", string location = "westeurope", string prefix = Sub, string? type = null)
        {
            var slash = typeAndName.LastIndexOf('/');
            type ??= typeAndName.Substring(0, slash);
            var name = typeAndName.Substring(slash + 1);
            var json = new StringBuilder();
            json.Append("{\"id\": \"").Append(prefix).Append(typeAndName).Append("\", \"name\": \"").Append(name)
                .Append("\", \"type\": \"").Append(type).Append("\", \"location\": \"").Append(location).Append("\", \"tags\": ").Append(tags);
            if (sku != null)
            {
                json.Append(", \"sku\": {\"name\": \"").Append(sku).Append('"');
                if (capacity != null)
                {
                    json.Append(", \"capacity\": ").Append(capacity.Value);
                }

                json.Append('}');
            }
            else if (capacity != null)
            {
                json.Append(", \"sku\": {\"name\": \"P1v3\", \"capacity\": ").Append(capacity.Value).Append('}');
            }

            if (zones != null)
            {
                json.Append(", \"zones\": [").Append(string.Join(", ", zones.Select(z => "\"" + z + "\""))).Append(']');
            }

            json.Append(", \"properties\": ").Append(properties).Append('}');
            return json.ToString();
        }

        /// <summary>A Front Door Standard/Premium origin row of profile fd: its type is not its id's path.</summary>
        private static string Origin(string groupAndName, string properties) =>
            Row("Microsoft.Cdn/profiles/fd/originGroups/" + groupAndName, properties, type: "Microsoft.Cdn/profiles/originGroups/origins");

        private static string Temp(string content)
        {
            var file = Path.Combine(Path.GetTempPath(), $"spof-azure-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, content);
            return file;
        }
    }
}
