namespace SpofAudit.Azure
{
    /// <summary>Stable codes (PowerShell ErrorIds) of the Azure source's own diagnostics.</summary>
    public static class AzureDiagnosticCodes
    {
        /// <summary>A Resource Manager endpoint that is not an absolute https:// URL.</summary>
        public const string AzureEndpointInvalid = "AzureEndpointInvalid";

        /// <summary>An export file or a response body is not valid JSON.</summary>
        public const string InvalidJson = "InvalidJson";

        /// <summary>Valid JSON, but not resource rows in any shape the source knows.</summary>
        public const string UnexpectedJsonShape = "UnexpectedJsonShape";

        /// <summary>Azure refused or failed a request (authentication, throttling beyond the retry budget, server errors).</summary>
        public const string AzureRequestFailed = "AzureRequestFailed";

        /// <summary>No credential could sign in.</summary>
        public const string AzureAuthenticationFailed = "AzureAuthenticationFailed";

        /// <summary>A subscription named on the command line is not visible to the signed-in identity.</summary>
        public const string SubscriptionNotFound = "SubscriptionNotFound";

        /// <summary>None of the subscriptions could be read.</summary>
        public const string NoSubscriptionReadable = "NoSubscriptionReadable";
    }
}
