using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpofAudit.Model;
using SpofAudit.Sources;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that can read their model from a live cloud: the -Aws and -Azure parameter sets, declared
    /// once (AWS.Tools style shared -Region / -ProfileName), and the model they read. Files and piped models are the
    /// derived cmdlets' own parameter sets.
    /// </summary>
    public abstract class CloudSourceCommand : SpofCommandBase
    {
        /// <summary>AWS.Tools' session variables (Set-AWSCredential, Set-DefaultAWSRegion), honoured as its cmdlets do.</summary>
        private const string StoredAwsCredentialsVariable = "StoredAWSCredentials";
        private const string StoredAwsRegionVariable = "StoredAWSRegion";

        /// <summary>Read the model from a live AWS account (read-only Describe/List/Get calls).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Aws)]
        public SwitchParameter Aws { get; set; }

        /// <summary>AWS regions to read; default: the session's $StoredAWSRegion (Set-DefaultAWSRegion), else the SDK's chain (AWS_REGION, the profile).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AwsRegionCompleter))]
        public string[] Region { get; set; } = Array.Empty<string>();

        /// <summary>A profile of the shared AWS config and credentials files (or of -ProfileLocation).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AwsProfileCompleter))]
        public string? ProfileName { get; set; }

        /// <summary>A shared credentials file to read -ProfileName from (its default profile without -ProfileName), as AWS.Tools.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string? ProfileLocation { get; set; }

        /// <summary>
        /// AWS credentials for this read, as AWS.Tools' -Credential: an Amazon.Runtime.AWSCredentials object (from
        /// AWS.Tools, e.g. (Get-AWSCredential -ProfileName x) or (Use-STSRole ...).Credentials), or anything whose
        /// GetCredentials() returns AccessKey/SecretKey/Token, or a PSCredential with the access key id as user name
        /// and the secret access key as password. Typed object on purpose: SpofAudit's own AWSSDK.Core is isolated
        /// and cannot share AWS.Tools' types.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNull]
        public object? Credential { get; set; }

        /// <summary>A role to assume with STS before reading.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every AWS service (emulators, tests); default: AWS_ENDPOINT_URL, else AWS's own.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>Read the model from live Azure instead of files.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Azure)]
        public SwitchParameter Azure { get; set; }

        /// <summary>Subscription ids or display names; all enabled subscriptions the identity can see when omitted.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(AzureSubscriptionCompleter))]
        public string[] Subscription { get; set; } = Array.Empty<string>();

        /// <summary>The Microsoft Entra tenant to sign in to.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        public string? TenantId { get; set; }

        /// <summary>The Azure cloud.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateSet(AzureEnvironments.Public, AzureEnvironments.China, AzureEnvironments.UsGovernment, IgnoreCase = true)]
        public string Environment { get; set; } = AzureEnvironments.Public;

        /// <summary>
        /// Another Resource Manager (Azure Stack Hub, private clouds, emulators), an https:// URL as Add-AzEnvironment's
        /// -ResourceManagerEndpoint takes it; tokens are still asked for -Environment's audience.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        public string? ResourceManagerEndpoint { get; set; }

        /// <summary>How to sign in: the default credential chain, a browser, or a device code.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        public AzureSignInMode SignIn { get; set; } = AzureSignInMode.Default;

        /// <summary>spofaudit/v1 files merged into the discovered (AWS or Azure) model (entrypoints, dependsOn, owners).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] OverlayPath { get; set; } = Array.Empty<string>();

        /// <summary>Whether the bound parameter set reads a live cloud.</summary>
        protected bool ReadsCloud => ParameterSetName == ParameterSets.Aws || ParameterSetName == ParameterSets.Azure;

        /// <summary>The model of the live cloud the parameter set names; null when it could not be read (errors written).</summary>
        protected SpofModel? LoadCloudModel()
        {
            IReadOnlyList<string> overlays = Array.Empty<string>();
            if (OverlayPath.Length > 0)
            {
                var resolved = ResolveInputFiles(OverlayPath, literal: false, "overlay file");
                if (resolved == null)
                {
                    return null;
                }

                overlays = resolved;
            }

            if (ParameterSetName == ParameterSets.Azure)
            {
                EngineHost.WriteVerbose($"Reading Azure ({ResourceManagerEndpoint ?? Environment}) subscriptions {(Subscription.Length == 0 ? "(all visible)" : string.Join(", ", Subscription))}.");
                var azure = new AzureReadOptions
                {
                    Subscriptions = Subscription,
                    TenantId = TenantId,
                    Environment = Environment,
                    SignIn = SignIn,
                    ResourceManagerEndpoint = ResourceManagerEndpoint,
                    OverlayPaths = overlays,
                };
                return ReadModel(ModelSources.Azure(azure), failureTarget: Environment);
            }

            var aws = new AwsReadOptions
            {
                Regions = Region,
                DefaultRegion = Region.Length == 0 ? StoredAwsRegion() : null,
                ProfileName = ProfileName,
                ProfileLocation = ProfileLocation == null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(ProfileLocation),
                RoleArn = RoleArn,
                EndpointUrl = EndpointUrl,
                OverlayPaths = overlays,
            };
            try
            {
                aws.Credential = Credential == null ? null : AwsCredentialArgument.Read(Credential, "-" + nameof(Credential));

                // Read only when it would be used: reading AWS.Tools' credentials may refresh a token or prompt for MFA.
                if (aws.Credential == null && ProfileName == null && ProfileLocation == null)
                {
                    var stored = SessionState.PSVariable.GetValue(StoredAwsCredentialsVariable);
                    aws.SessionCredential = stored == null ? null : AwsCredentialArgument.Read(stored, "$" + StoredAwsCredentialsVariable);
                }
            }
            catch (ArgumentException e)
            {
                // The target names the parameter, not the object: an error record may be logged or serialized, and a key with it.
                var target = Credential == null ? "$" + StoredAwsCredentialsVariable : "-" + nameof(Credential);
                WriteError(InputErrorRecords.Create(ErrorIds.AwsCredentialUnusable, ErrorCategory.InvalidArgument, target, e.Message, e));
                return null;
            }

            return ReadModel(ModelSources.Aws(aws), failureTarget: ProfileName ?? (object)string.Join(",", Region));
        }

        private string? StoredAwsRegion()
        {
            var stored = SessionState.PSVariable.GetValue(StoredAwsRegionVariable);
            var text = stored == null ? null : PSObject.AsPSObject(stored).BaseObject.ToString();
            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }
    }
}
