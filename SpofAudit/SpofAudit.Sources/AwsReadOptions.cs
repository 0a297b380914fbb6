using System;
using System.Collections.Generic;

namespace SpofAudit.Sources
{
    /// <summary>What a live AWS read covers and how it signs in, as the faces bind it (-Region, --profile, ...).</summary>
    public sealed class AwsReadOptions
    {
        /// <summary>Regions to read; empty means the default region of the SDK's chain (AWS_REGION, the profile).</summary>
        public IReadOnlyList<string> Regions { get; set; } = Array.Empty<string>();

        /// <summary>A profile of the shared config/credentials files; null for the SDK's default credential chain.</summary>
        public string? ProfileName { get; set; }

        /// <summary>A role to assume (STS AssumeRole) before reading.</summary>
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every service (tests, emulators); null reads AWS_ENDPOINT_URL, then uses AWS's own.</summary>
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered model.</summary>
        public IReadOnlyList<string> OverlayPaths { get; set; } = Array.Empty<string>();
    }
}
