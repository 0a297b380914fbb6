using System.Collections.Generic;

namespace SpofAudit.Sources
{
    /// <summary>
    /// The Azure clouds a face offers (-Environment, --environment), by the names Azure PowerShell and the Azure CLI
    /// use. Constants, so a cmdlet's ValidateSet can name them; the provider resolves them to endpoints.
    /// </summary>
    public static class AzureEnvironments
    {
        public const string Public = "AzureCloud";
        public const string China = "AzureChinaCloud";
        public const string UsGovernment = "AzureUSGovernment";

        public static IReadOnlyList<string> Names { get; } = new[] { Public, China, UsGovernment };
    }
}
