using System;
using System.Collections.Generic;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws
{
    /// <summary>
    /// What a live audit reads and how it signs in (the -Region, -ProfileName, -ProfileLocation, -Credential, -RoleArn,
    /// -EndpointUrl parameters and the PowerShell session's AWS.Tools defaults). Credentials are taken from, in order:
    /// <see cref="Credential"/>; the profile (<see cref="ProfileName"/> / <see cref="ProfilesLocation"/>);
    /// <see cref="SessionCredential"/>; the SDK's default chain. Regions from: <see cref="Regions"/>;
    /// <see cref="DefaultRegion"/>; AWS_REGION / AWS_DEFAULT_REGION; the profile's region; the SDK's fallback.
    /// </summary>
    public sealed class AwsAuditOptions
    {
        /// <summary>Regions to read; empty means <see cref="DefaultRegion"/>, else the SDK's chain (AWS_REGION, the profile).</summary>
        public IReadOnlyList<string> Regions { get; set; } = Array.Empty<string>();

        /// <summary>The session's default region (AWS.Tools' <c>$StoredAWSRegion</c>): read when no region is given.</summary>
        public string? DefaultRegion { get; set; }

        /// <summary>Keys given for this read (PowerShell's <c>-Credential</c>): they win over every other source.</summary>
        public AwsAccessKeys? Credential { get; set; }

        /// <summary>The session's credentials (AWS.Tools' <c>$StoredAWSCredentials</c>): used when no key or profile is given.</summary>
        public AwsAccessKeys? SessionCredential { get; set; }

        /// <summary>A profile of the shared config/credentials files; null for the SDK's default credential chain.</summary>
        public string? ProfileName { get; set; }

        /// <summary>A role to assume (STS AssumeRole) with the resolved credentials before reading.</summary>
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every service (tests, LocalStack); null reads AWS_ENDPOINT_URL, then uses the real endpoints.</summary>
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered model.</summary>
        public IReadOnlyList<string> OverlayPaths { get; set; } = Array.Empty<string>();

        public RetryPolicy Retry { get; set; } = new RetryPolicy();

        /// <summary>Timeouts, size, page and time budgets of every call.</summary>
        public AwsClientLimits Limits { get; set; } = new AwsClientLimits();

        /// <summary>
        /// A shared credentials file to read profiles from instead of the default locations (AWS.Tools' -ProfileLocation);
        /// with no <see cref="ProfileName"/>, its <c>default</c> profile.
        /// </summary>
        public string? ProfilesLocation { get; set; }
    }
}
