using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using SpofAudit.Aws.Client;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws
{
    /// <summary>
    /// A live, read-only audit of an AWS account: credentials, the inventory of each region, the mapping and the
    /// overlays, ending in one SpofModel. What the faces (Get-SpofModel -Aws, spofaudit report --aws) call.
    /// </summary>
    public static class AwsAudit
    {
        public const string EndpointVariable = "AWS_ENDPOINT_URL";

        /// <summary>Builds the model of the account the options sign in to.</summary>
        /// <exception cref="AwsAuditException">Credentials, access to GetCallerIdentity, a failed call or a malformed response.</exception>
        /// <exception cref="Diagnostics.SpofInputException">An overlay or a spof: tag that does not fit the discovered model.</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static async Task<SpofModel> BuildModelAsync(AwsAuditOptions options, ISpofHost host)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var endpoint = ResolveEndpoint(options.EndpointUrl ?? Environment.GetEnvironmentVariable(EndpointVariable));
            var regions = ResolveRegions(options);
            var credentials = await CredentialResolver.ResolveAsync(options, endpoint, regions[0], host).ConfigureAwait(false);
            var progress = new ReadProgressHost(host);
            using (var client = new AwsQueryClient(credentials, endpoint, options.Retry, progress, options.Limits))
            using (var ec2 = new Ec2SdkReader(credentials, client.Runner))
            using (var sts = new StsAccountReader(credentials, client.Runner))
            {
                var reader = new AwsInventoryReader(new QueryInventoryReader(client), ec2, sts) { StsRegion = regions[0] };
                var inventory = await ReadAsync(reader, regions, progress).ConfigureAwait(false);
                return AwsModelSource.Build(inventory, options.OverlayPaths, host);
            }
        }

        /// <summary>Reads every region with any reader; AWS failures become <see cref="AwsAuditException"/>.</summary>
        public static async Task<AwsInventory> ReadAsync(IAwsInventoryReader reader, IReadOnlyList<string> regions, ISpofHost host)
        {
            var progress = host as ReadProgressHost ?? new ReadProgressHost(host);
            host = progress;
            var cancellation = host.CancellationToken;
            try
            {
                var inventory = new AwsInventory { Account = await reader.GetAccountAsync(cancellation).ConfigureAwait(false) };
                host.WriteVerbose($"Auditing AWS account {inventory.Account} in {string.Join(", ", regions)}.");
                for (var i = 0; i < regions.Count; i++)
                {
                    progress.EnterRegion(i, regions.Count);
                    host.WriteProgress(AwsInventoryReader.ProgressActivity, $"region {i + 1} of {regions.Count}: {regions[i]}", 0);
                    await reader.ReadRegionAsync(regions[i], inventory, host, cancellation).ConfigureAwait(false);
                }

                host.WriteProgress(AwsInventoryReader.ProgressActivity, "done", 100);
                host.WriteVerbose(
                    $"Read {inventory.Instances.Count} instances, {inventory.LoadBalancers.Count} load balancers, {inventory.AutoScalingGroups.Count} Auto Scaling groups, " +
                    $"{inventory.DbInstances.Count} DB instances, {inventory.DbClusters.Count} DB clusters, {inventory.CacheReplicationGroups.Count} cache replication groups, " +
                    $"{inventory.NatGateways.Count} NAT gateways; {inventory.Gaps.Count} call(s) denied.");
                return inventory;
            }
            catch (AwsAccessDeniedException e)
            {
                throw new AwsAuditException(SourceFailureKind.AccessDenied, "AwsAccessDenied", $"Access denied for {e.IamAction} in {e.Region} ({e.Code}): {e.Message} The audit needs it; see docs/aws.md for the policy.", e);
            }
            catch (AwsRequestException e)
            {
                throw new AwsAuditException(SourceFailureKind.Request, "AwsRequestFailed", e.Message, e);
            }
            catch (AwsResponseException e)
            {
                throw new AwsAuditException(SourceFailureKind.MalformedResponse, "AwsMalformedResponse", e.Message, e);
            }
        }

        /// <summary>The IAM actions a live audit uses, for the least-privilege policy (docs/aws.md).</summary>
        public static IReadOnlyList<string> IamActions => AwsInventoryReader.IamActions.ToArray();

        private static Uri? ResolveEndpoint(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
            {
                return null;
            }

            if (Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                return uri;
            }

            throw new AwsAuditException(SourceFailureKind.Usage, "AwsEndpointInvalid", $"The endpoint '{url}' is not an absolute http:// or https:// URL (from -EndpointUrl, --endpoint-url or {EndpointVariable}).");
        }

        /// <summary>
        /// Given regions; else the session's default region ($StoredAWSRegion); else AWS_REGION / AWS_DEFAULT_REGION;
        /// else the profile's region; else the SDK's fallback.
        /// </summary>
        private static IReadOnlyList<string> ResolveRegions(AwsAuditOptions options)
        {
            var given = options.Regions.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToArray();
            if (given.Length > 0)
            {
                return given;
            }

            if (!string.IsNullOrWhiteSpace(options.DefaultRegion))
            {
                return new[] { options.DefaultRegion!.Trim() };
            }

            var fromEnvironment = Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION");
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return new[] { fromEnvironment!.Trim() };
            }

            if (options.ProfileName != null || options.ProfilesLocation != null)
            {
                var chain = options.ProfilesLocation == null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(options.ProfilesLocation);
                if (chain.TryGetProfile(options.ProfileName ?? "default", out var profile) && profile.Region != null)
                {
                    return new[] { profile.Region.SystemName };
                }
            }

            var fallback = FallbackRegionFactory.GetRegionEndpoint();
            if (fallback != null)
            {
                return new[] { fallback.SystemName };
            }

            throw new AwsAuditException(SourceFailureKind.Usage, "AwsRegionMissing", "No AWS region given: pass -Region / --region (several allowed), or in PowerShell Set-DefaultAWSRegion, or set AWS_REGION or a region in the profile.");
        }
    }
}
