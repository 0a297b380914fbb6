using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using SpofAudit.Hosting;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Finds credentials the way AWS.Tools does: keys given for this read (-Credential), else a profile (-ProfileName,
    /// -ProfileLocation), else the session's keys ($StoredAWSCredentials), else the SDK's default chain (environment,
    /// AWS_PROFILE, the default profile, SSO, container and instance metadata); then, when a role is given, assumes it
    /// with STS. Messages name the source, the profile or the role, never a key.
    /// </summary>
    internal static class CredentialResolver
    {
        public const string SessionName = "spofaudit";

        public static async Task<AWSCredentials> ResolveAsync(AwsAuditOptions options, Uri? endpoint, string region, ISpofHost host)
        {
            var cancellation = host.CancellationToken;
            var (source, origin) = Base(options);
            host.WriteVerbose($"Signing AWS requests with the credentials of {origin}{(options.RoleArn == null ? string.Empty : ", assuming role " + options.RoleArn)}.");
            if (options.RoleArn == null)
            {
                return source;
            }

            // Never followed, as for every other call: another host's answer would become the audit's credentials.
            var config = new AmazonSecurityTokenServiceConfig { AllowAutoRedirect = false };
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
            catch (System.Xml.XmlException e)
            {
                // The SDK reads any answer it does not take (a redirect, a proxy's page) as an AWS error document.
                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsAssumeRoleFailed",
                    $"Cannot assume role {options.RoleArn}: {config.ServiceURL ?? "the STS endpoint"} gave an answer that is not an AWS response (a redirect, which SpofAudit never follows, or a proxy's page). Check -EndpointUrl / --endpoint-url / {AwsAudit.EndpointVariable} and any proxy in between.",
                    e);
            }
        }

        private static (AWSCredentials Credentials, string Origin) Base(AwsAuditOptions options)
        {
            if (options.Credential != null)
            {
                return (FromKeys(options.Credential), options.Credential.Origin);
            }

            if (options.ProfileName != null || options.ProfilesLocation != null)
            {
                var name = options.ProfileName ?? "default";
                var chain = options.ProfilesLocation == null ? new CredentialProfileStoreChain() : new CredentialProfileStoreChain(options.ProfilesLocation);
                if (chain.TryGetAWSCredentials(name, out var profile))
                {
                    return (profile, $"profile '{name}'{(options.ProfilesLocation == null ? string.Empty : " of " + options.ProfilesLocation)}");
                }

                var where = options.ProfilesLocation == null ? "the shared config and credentials files" : options.ProfilesLocation;
                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsProfileNotFound",
                    $"AWS profile '{name}' was not found (or holds no usable credentials) in {where}; list them with 'aws configure list-profiles'.");
            }

            if (options.SessionCredential != null)
            {
                return (FromKeys(options.SessionCredential), options.SessionCredential.Origin);
            }

            try
            {
                return (new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null), "the SDK's default chain");
            }
            catch (AmazonClientException e)
            {
                throw new AwsAuditException(
                    SourceFailureKind.Credentials,
                    "AwsCredentialsNotFound",
                    "No AWS credentials found: pass -ProfileName / --profile (or in PowerShell -Credential, or Set-AWSCredential), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN) or AWS_PROFILE; run 'aws sso login' for an SSO profile.",
                    e);
            }
        }

        private static AWSCredentials FromKeys(AwsAccessKeys keys)
        {
            if (string.IsNullOrWhiteSpace(keys.AccessKeyId) || string.IsNullOrWhiteSpace(keys.SecretAccessKey))
            {
                throw new AwsAuditException(
                    SourceFailureKind.Credentials, "AwsCredentialInvalid", $"The credentials of {keys.Origin} have no access key id or no secret access key.");
            }

            return keys.SessionToken == null
                ? (AWSCredentials)new BasicAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey)
                : new SessionAWSCredentials(keys.AccessKeyId, keys.SecretAccessKey, keys.SessionToken);
        }
    }
}
