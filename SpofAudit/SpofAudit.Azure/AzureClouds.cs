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
    }
}
