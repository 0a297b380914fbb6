using System;
using System.Collections.Generic;

namespace SpofAudit.Sources
{
    /// <summary>What a live Azure read covers and how it signs in, as the faces bind it (-Subscription, --tenant-id, ...).</summary>
    public sealed class AzureReadOptions
    {
        /// <summary>Subscription ids or display names; empty means every enabled subscription the identity can see.</summary>
        public IReadOnlyList<string> Subscriptions { get; set; } = Array.Empty<string>();

        /// <summary>The Microsoft Entra tenant to sign in to; null lets the credential choose its default.</summary>
        public string? TenantId { get; set; }

        /// <summary>One of <see cref="AzureEnvironments.Names"/>.</summary>
        public string Environment { get; set; } = AzureEnvironments.Public;

        public AzureSignInMode SignIn { get; set; } = AzureSignInMode.Default;

        /// <summary>
        /// Another Resource Manager (Azure Stack Hub, a private cloud, an emulator), an absolute https:// URL as
        /// Add-AzEnvironment's -ResourceManagerEndpoint takes it; null reads the environment's own.
        /// </summary>
        public string? ResourceManagerEndpoint { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered model.</summary>
        public IReadOnlyList<string> OverlayPaths { get; set; } = Array.Empty<string>();
    }
}
