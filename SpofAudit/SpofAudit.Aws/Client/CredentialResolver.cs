using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Finds credentials the way the AWS tools do: a named profile of the shared files, else the SDK's default
    /// chain (environment, shared files' default profile, SSO, container and instance metadata); then, when a role
    /// is given, assumes it with STS. Messages name the profile or the role, never a key.
    /// </summary>
    internal static class CredentialResolver
    {
        public const string SessionName = "spofaudit";

        public static async Task<AWSCredentials> ResolveAsync(AwsAuditOptions options, Uri? endpoint, string region, CancellationToken cancellation)
        {
            var source = Base(options);
            if (options.RoleArn == null)
            {
                return source;
            }

            var config = new AmazonSecurityTokenServiceConfig();
            if (endpoint != null)
            {
                config.ServiceURL = endpoint.ToString();
                config.AuthenticationRegion = region;
            }
            else
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            }

            try
            {
                using (var sts = new AmazonSecurityTokenServiceClient(source, config))
                {
                    var response = await sts.AssumeRoleAsync(new AssumeRoleRequest { RoleArn = options.RoleArn, RoleSessionName = SessionName }, cancellation).ConfigureAwait(false);
                    var assumed = response.Credentials;
                    return new SessionAWSCredentials(assumed.AccessKeyId, assumed.SecretAccessKey, assumed.SessionToken);
                }
            }
            catch (AmazonServiceException e)
            {
                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsAssumeRoleFailed",
                    $"Cannot assume role {options.RoleArn}: {e.ErrorCode}: {e.Message} Check that the role trusts the caller and that the caller may call sts:AssumeRole on it.",
                    e);
            }
            catch (AmazonClientException e)
            {
                throw new AwsAuditException(SourceFailureKind.Credentials, "AwsAssumeRoleFailed", $"Cannot assume role {options.RoleArn}: {e.Message}", e);
            }
        }

        private static AWSCredentials Base(AwsAuditOptions options)
        {
            if (options.ProfileName != null)
            {
                var chain = options.ProfilesLocation == null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(options.ProfilesLocation);
                if (chain.TryGetAWSCredentials(options.ProfileName, out var profile))
                {
                    return profile;
                }

                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsProfileNotFound",
                    $"AWS profile '{options.ProfileName}' was not found (or holds no usable credentials) in the shared config and credentials files; list them with 'aws configure list-profiles'.");
            }

            try
            {
                return new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null);
            }
            catch (AmazonClientException e)
            {
                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsCredentialsNotFound",
                    "No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), or AWS_PROFILE, or pass -ProfileName / --profile; run 'aws sso login' for an SSO profile.",
                    e);
            }
        }
    }
}
