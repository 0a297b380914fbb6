using System;
using System.Collections.Generic;

namespace SpofAudit.Sources
{
    /// <summary>
    /// What a live AWS read covers and how it signs in, as the faces bind it (-Region, --profile, ...): plain values,
    /// resolved by the provider in AWS.Tools' order (see docs/aws.md).
    /// </summary>
    public sealed class AwsReadOptions
    {
        /// <summary>Regions to read; empty means <see cref="DefaultRegion"/>, else the SDK's chain (AWS_REGION, the profile).</summary>
        public IReadOnlyList<string> Regions { get; set; } = Array.Empty<string>();

        /// <summary>The session's default region (PowerShell: <c>$StoredAWSRegion</c>, set by Set-DefaultAWSRegion).</summary>
        public string? DefaultRegion { get; set; }

        /// <summary>A profile of the shared config/credentials files; null for the SDK's default credential chain.</summary>
        public string? ProfileName { get; set; }

        /// <summary>A credentials file to read the profile from (its <c>default</c> profile without <see cref="ProfileName"/>).</summary>
        public string? ProfileLocation { get; set; }

        /// <summary>Keys given for this read (PowerShell's -Credential); they win over every other source.</summary>
        public AwsKeys? Credential { get; set; }

        /// <summary>The session's keys (PowerShell's <c>$StoredAWSCredentials</c>): used when no key or profile is given.</summary>
        public AwsKeys? SessionCredential { get; set; }

        /// <summary>A role to assume (STS AssumeRole) before reading.</summary>
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every service (tests, emulators); null reads AWS_ENDPOINT_URL, then uses AWS's own.</summary>
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered model.</summary>
        public IReadOnlyList<string> OverlayPaths { get; set; } = Array.Empty<string>();
    }
}
