using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// The Azure CLI prints a resource with the fields ARM nests under "properties" at the top level (az aks list, az vm
    /// list, az appservice plan list, az storage account list), and az resource list prints "properties": null. Real
    /// REST examples, reshaped as the CLI prints them, must give the same model, or say what is missing.
    /// </summary>
    public sealed class CliOutputTests
    {
        [Theory]
        [InlineData("rest-api-specs/containerservice/ManagedClustersGet.json")]
        [InlineData("rest-api-specs/compute/VirtualMachine_Get.json")]
        [InlineData("rest-api-specs/web/GetAppServicePlan.json")]
        [InlineData("rest-api-specs/storage/StorageAccountGetProperties.json")]
        [InlineData("rest-api-specs/cosmos-db/CosmosDBDatabaseAccountGet.json")]
        [InlineData("rest-api-specs/redis/RedisCacheGet.json")]
        [InlineData("rest-api-specs/network/LoadBalancerCreateWithZones.json")]
        public void A_resource_as_the_CLI_prints_it_gives_the_same_model_as_ARM_gives(string example)
        {
            var arm = Corpus.Model(new RecordingHost(), example);
            var host = new RecordingHost();
            var cli = AzureExportLoader.Load(new[] { Reshaped(example, Flatten) }, host);

            Assert.Equal(Describe(arm), Describe(cli));
            Assert.Empty(cli.Provenance.Unread);
            // The one warning a lone resource gives is where its entrypoints come from (nothing in it faces users).
            Assert.DoesNotContain(host.Warnings, w => !w.StartsWith("Nothing read faces users", StringComparison.Ordinal));
        }

        [Fact]
        public void A_resource_listed_without_properties_is_a_warning_and_an_incomplete_entry()
        {
            var host = new RecordingHost();
            var model = AzureExportLoader.Load(new[] { Reshaped("rest-api-specs/containerservice/ManagedClustersGet.json", body => body["properties"] = null) }, host);

            // az resource list: the cluster's node pools are unknown, so its zone placement cannot be audited.
            var gap = Assert.Single(model.Provenance.Unread);
            Assert.Equal("properties", gap.Part);
            Assert.Contains("clustername1", gap.Description, StringComparison.Ordinal);
            Assert.Contains(host.Warnings, w => w.Contains("without their properties", StringComparison.Ordinal));
        }

        /// <summary>What the CLI does to a resource: the members of "properties" move up beside id and name.</summary>
        private static void Flatten(JsonObject body)
        {
            var properties = (JsonObject)body["properties"]!;
            body.Remove("properties");
            foreach (var property in properties.ToArray())
            {
                properties.Remove(property.Key);
                body[property.Key] = property.Value;
            }
        }

        private static string Reshaped(string example, Action<JsonObject> change)
        {
            var body = (JsonObject)JsonNode.Parse(File.ReadAllText(Corpus.ResponseBody(example)))!;
            change(body);
            var file = Path.Combine(Path.GetTempPath(), $"spof-azure-cli-{Guid.NewGuid():N}.json");
            File.WriteAllText(file, body.ToJsonString());
            return file;
        }

        private static string[] Describe(Model.SpofModel model) =>
            model.Components
                .Select(c => $"{c.Name} {c.Kind} {c.Scope} [{string.Join(",", c.Zones)}] [{string.Join(",", c.Instances.Select(i => i.Region + "/" + i.Zone))}] [{string.Join(";", c.DependsOn.Select(d => string.Join("|", d.Members)))}]")
                .OrderBy(s => s, StringComparer.Ordinal)
                .ToArray();
    }
}
