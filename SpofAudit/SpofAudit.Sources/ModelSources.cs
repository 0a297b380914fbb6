using System;
using System.Collections.Generic;
using SpofAudit.Aws;
using SpofAudit.Azure;
using SpofAudit.Sourcing;

namespace SpofAudit.Sources
{
    /// <summary>
    /// The one place that turns what a face bound (files, AWS or Azure options) into a model source. Faces call
    /// this and see only <see cref="IModelSource"/>, never a provider type; each source ends its read with the
    /// <see cref="ModelSummary"/> verbose line.
    /// </summary>
    public static class ModelSources
    {
        /// <summary>Architecture files: YAML, or AWS / Azure exports with YAML overlays.</summary>
        public static IModelSource Files(IReadOnlyList<string> paths) => new SummarizedSource(new FileModelSource(paths));

        /// <summary>Architecture files, with the evidence files (Backstage catalogs, on-call exports) a face names beside them.</summary>
        public static IModelSource Files(IReadOnlyList<string> paths, EvidenceFiles evidence) => new SummarizedSource(new FileModelSource(paths, evidence));

        /// <summary>A live, read-only AWS account.</summary>
        public static IModelSource Aws(AwsReadOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            return new SummarizedSource(new AwsLiveSource(new AwsAuditOptions
            {
                Regions = options.Regions,
                DefaultRegion = string.IsNullOrWhiteSpace(options.DefaultRegion) ? null : options.DefaultRegion,
                ProfileName = options.ProfileName,
                ProfilesLocation = string.IsNullOrWhiteSpace(options.ProfileLocation) ? null : options.ProfileLocation,
                Credential = KeysOf(options.Credential),
                SessionCredential = KeysOf(options.SessionCredential),
                RoleArn = options.RoleArn,
                EndpointUrl = options.EndpointUrl,
                OverlayPaths = options.OverlayPaths,
            }));
        }

        /// <summary>Live Azure subscriptions (role Reader).</summary>
        public static IModelSource Azure(AzureReadOptions options)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var azureOptions = new AzureSourceOptions
            {
                Subscriptions = options.Subscriptions,
                TenantId = string.IsNullOrWhiteSpace(options.TenantId) ? null : options.TenantId,
                Environment = options.Environment,
                SignIn = SignInOf(options.SignIn),
                ResourceManagerEndpoint = options.ResourceManagerEndpoint,
            };
            return new SummarizedSource(new AzureLiveSource(azureOptions, options.OverlayPaths));
        }

        private static AwsAccessKeys? KeysOf(AwsKeys? keys) =>
            keys == null ? null : new AwsAccessKeys(keys.AccessKeyId, keys.SecretAccessKey, keys.SessionToken, keys.Origin);

        private static AzureSignIn SignInOf(AzureSignInMode mode)
        {
            switch (mode)
            {
                case AzureSignInMode.Interactive: return AzureSignIn.Interactive;
                case AzureSignInMode.DeviceCode: return AzureSignIn.DeviceCode;
                case AzureSignInMode.Default: return AzureSignIn.Default;
                default: throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a sign-in mode");
            }
        }
    }
}
