using System;
using System.Collections.Generic;
using System.Linq;
using global::Azure.Identity;
using global::Azure.ResourceManager;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Azure
{
    /// <summary>The sovereign clouds by the names Azure PowerShell and the Azure CLI use, with their ARM endpoint,
    /// token audience and sign-in authority.</summary>
    public static class AzureClouds
    {
        public const string Public = "AzureCloud";
        public const string China = "AzureChinaCloud";
        public const string UsGovernment = "AzureUSGovernment";

        /// <summary>The names -Environment / --environment accept.</summary>
        public static IReadOnlyList<string> Names { get; } = new[] { Public, China, UsGovernment };

        internal static (ArmEnvironment Arm, Uri Authority) Resolve(string name)
        {
            if (string.Equals(name, Public, StringComparison.OrdinalIgnoreCase) || string.Equals(name, "AzurePublicCloud", StringComparison.OrdinalIgnoreCase))
            {
                return (ArmEnvironment.AzurePublicCloud, AzureAuthorityHosts.AzurePublicCloud);
            }

            if (string.Equals(name, China, StringComparison.OrdinalIgnoreCase))
            {
                return (ArmEnvironment.AzureChina, AzureAuthorityHosts.AzureChina);
            }

            if (string.Equals(name, UsGovernment, StringComparison.OrdinalIgnoreCase))
            {
                return (ArmEnvironment.AzureGovernment, AzureAuthorityHosts.AzureGovernment);
            }

            throw new SpofInputException(new SpofDiagnostic(
                DiagnosticCodes.InvalidValue,
                DiagnosticCategory.InvalidArgument,
                AzureErrors.Where,
                $"unknown Azure environment '{name}'; expected one of {string.Join(", ", Names)}",
                Names.FirstOrDefault(n => n.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0) is string near ? $"did you mean '{near}'?" : null));
        }
    
        /// <summary>
        /// The Resource Manager to read: <paramref name="endpoint"/> when one is given (it must be an absolute
        /// https:// URL, since Azure.Core sends bearer tokens over HTTPS only), else the cloud's own. The result
        /// ends with '/', so request paths are resolved under any path the endpoint has.
        /// </summary>
        internal static Uri ResourceManager(string? endpoint, ArmEnvironment cloud)
        {
            if (endpoint == null)
            {
                return cloud.Endpoint;
            }

            if (!Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
            {
                throw new SpofInputException(new SpofDiagnostic(
                    AzureDiagnosticCodes.AzureEndpointInvalid,
                    DiagnosticCategory.InvalidArgument,
                    AzureErrors.Where,
                    $"the Resource Manager endpoint '{endpoint}' is not an absolute https:// URL",
                    "Azure sends tokens over HTTPS only; give it as Add-AzEnvironment -ResourceManagerEndpoint takes it, e.g. https://management.local.azurestack.external/"));
            }

            return uri.AbsolutePath.EndsWith("/", StringComparison.Ordinal) ? uri : new UriBuilder(uri) { Path = uri.AbsolutePath + "/" }.Uri;
        }
    }
}
