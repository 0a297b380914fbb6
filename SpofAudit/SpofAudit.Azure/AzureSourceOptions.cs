using System;
using System.Collections.Generic;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

namespace SpofAudit.Azure
{
    /// <summary>What the live Azure source reads and how it signs in.</summary>
    public sealed class AzureSourceOptions
    {
        /// <summary>Subscription ids or display names; empty means every enabled subscription the identity can see.</summary>
        public IReadOnlyList<string> Subscriptions { get; set; } = Array.Empty<string>();

        /// <summary>The Microsoft Entra tenant to sign in to; null lets the credential choose its default.</summary>
        public string? TenantId { get; set; }

        /// <summary>The cloud: AzureCloud (default), AzureChinaCloud or AzureUSGovernment.</summary>
        public string Environment { get; set; } = AzureClouds.Public;

        public AzureSignIn SignIn { get; set; } = AzureSignIn.Default;

        /// <summary>
        /// Another Resource Manager to read (Azure Stack Hub, a private cloud, an emulator), as Add-AzEnvironment's
        /// -ResourceManagerEndpoint names it: an absolute https:// URL. Tokens are still asked for the audience of
        /// <see cref="Environment"/>. Null reads the environment's own Resource Manager.
        /// </summary>
        public string? ResourceManagerEndpoint { get; set; }

        /// <summary>The most the whole read may take, throttling waits included.</summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

        /// <summary>Rows per Resource Graph page (the service's maximum is 1000).</summary>
        public int PageSize { get; set; } = 1000;

        /// <summary>Subscriptions per Resource Graph request.</summary>
        public int SubscriptionBatchSize { get; set; } = 100;

        // Test seams: a fake credential, a transport that trusts a local server's certificate, and short retry
        // delays. Internal so no Azure SDK type is part of the public surface.
        internal TokenCredential? Credential { get; set; }

        internal HttpPipelineTransport? Transport { get; set; }

        internal TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
    }
}
