using System;
using System.Collections.Generic;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws
{
    /// <summary>What a live audit reads and how it signs in (the -Region, -ProfileName, -RoleArn, -EndpointUrl parameters).</summary>
    public sealed class AwsAuditOptions
    {
        /// <summary>Regions to read; empty means the default region of the SDK's chain (AWS_REGION, the profile).</summary>
        public IReadOnlyList<string> Regions { get; set; } = Array.Empty<string>();

        /// <summary>A profile of the shared config/credentials files; null for the SDK's default credential chain.</summary>
        public string? ProfileName { get; set; }

        /// <summary>A role to assume (STS AssumeRole) with the resolved credentials before reading.</summary>
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every service (tests, LocalStack); null reads AWS_ENDPOINT_URL, then uses the real endpoints.</summary>
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered model.</summary>
        public IReadOnlyList<string> OverlayPaths { get; set; } = Array.Empty<string>();

        public RetryPolicy Retry { get; set; } = new RetryPolicy();

        /// <summary>A shared credentials/config file to use instead of the default location (tests).</summary>
        public string? ProfilesLocation { get; set; }
    }
}
