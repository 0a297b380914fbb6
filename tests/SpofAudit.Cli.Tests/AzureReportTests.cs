using System.Linq;
using System.Text.Json;

namespace SpofAudit.Cli.Tests
{
    /// <summary><c>spofaudit report</c> over Azure exports, and the <c>--azure</c> options' usage errors in every command that reads a model.</summary>
    public class AzureReportTests
    {
        [Fact]
        public void An_azure_export_is_reported_like_an_architecture_file()
        {
            var result = Cli.Run("report", Examples.Path("azure/single-zone-webapp.json"), "--format", "json", "--fail-on", "high");

            Assert.True(result.ExitCode == 1, result.ToString());
            var root = JsonDocument.Parse(result.Stdout).RootElement;
            Assert.Equal("single-zone-webapp", root.GetProperty("model").GetString());
            var ids = root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()).ToArray();
            Assert.Contains("SingleZoneRisk/westeurope-1", ids);
            Assert.Contains("PersonnelDependency/carol", ids);
        }

        [Fact]
        public void Yaml_beside_an_export_is_an_overlay()
        {
            var result = Cli.Run("report", Examples.Path("azure/zone-redundant-webapp.json"), Examples.Path("azure/shop-overlay.yaml"), "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            var ids = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString());
            Assert.Contains("SinglePointOfFailure/payments", ids);
        }

        [Theory]
        [InlineData("spofaudit: give architecture files (FILE...), --aws or --azure", "report")]
        [InlineData("spofaudit: --subscription needs --azure", "report", "--subscription", "prod-1", "x.yaml")]
        [InlineData("spofaudit: azure: unknown Azure environment 'Mars'; expected one of AzureCloud, AzureChinaCloud, AzureUSGovernment", "report", "--azure", "--environment", "Mars")]
        [InlineData("spofaudit: give architecture files (FILE...), --aws or --azure", "impact", "--fail", "web")]
        [InlineData("spofaudit: give architecture files (FILE...), --aws or --azure", "graph", "--format", "dot")]
        [InlineData("spofaudit: give architecture files (FILE...), --aws or --azure", "availability")]
        [InlineData("spofaudit: --subscription needs --azure", "availability", "--subscription", "prod-1", "x.yaml")]
        [InlineData("spofaudit: --device-code needs --azure", "impact", "x.yaml", "--fail", "web", "--device-code")]
        [InlineData("spofaudit: --resource-manager-endpoint needs --azure", "report", "x.yaml", "--resource-manager-endpoint", "https://arm.contoso.example/")]
        [InlineData("spofaudit: azure: the Resource Manager endpoint 'http://127.0.0.1:8080/' is not an absolute https:// URL (Azure sends tokens over HTTPS only; give it as Add-AzEnvironment -ResourceManagerEndpoint takes it, e.g. https://management.local.azurestack.external/)", "report", "--azure", "--resource-manager-endpoint", "http://127.0.0.1:8080/")]
        [InlineData("spofaudit: give --aws or --azure, not both: audit one cloud at a time and merge the reports", "graph", "--aws", "--azure", "--format", "dot")]
        [InlineData("spofaudit: azure: unknown Azure environment 'Mars'; expected one of AzureCloud, AzureChinaCloud, AzureUSGovernment", "graph", "--azure", "--environment", "Mars", "--format", "dot")]
        [InlineData("spofaudit: azure: unknown Azure environment 'Mars'; expected one of AzureCloud, AzureChinaCloud, AzureUSGovernment", "impact", "--azure", "--environment", "Mars", "--fail", "web")]
        [InlineData("spofaudit: azure: unknown Azure environment 'Mars'; expected one of AzureCloud, AzureChinaCloud, AzureUSGovernment", "availability", "--azure", "--environment", "Mars")]
        public void Azure_usage_mistakes_are_one_line_and_exit_2(string message, params string[] args)
        {
            var result = Cli.Run(args);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(message, result.Stderr.TrimEnd());
        }
    }
}
