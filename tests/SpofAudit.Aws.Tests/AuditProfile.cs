using System;
using System.IO;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// A credentials file holding one profile, <c>audit</c>, with AWS's documented example keys (and a session token
    /// when asked), and the options of a live read of the fake account through it; the file is deleted on Dispose.
    /// </summary>
    internal sealed class AuditProfile : IDisposable
    {
        public const string AccessKey = "AKIDEXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        public const string SessionToken = "FQoGZXIvYXdzEXAMPLESESSIONTOKEN";

        public AuditProfile(bool withSessionToken = false)
        {
            File.WriteAllText(Location, $"[audit]\naws_access_key_id = {AccessKey}\naws_secret_access_key = {SecretKey}\n"
                + (withSessionToken ? $"aws_session_token = {SessionToken}\n" : string.Empty));
        }

        /// <summary>The credentials file.</summary>
        public string Location { get; } = Path.Combine(Path.GetTempPath(), $"spof-aws-credentials-{Guid.NewGuid():N}");

        /// <summary>A read of us-east-1 at <paramref name="endpoint"/> with this profile, retrying after 5 ms.</summary>
        public AwsAuditOptions Options(string endpoint, RetryPolicy? retry = null) => new AwsAuditOptions
        {
            Regions = new[] { "us-east-1" },
            ProfileName = "audit",
            ProfilesLocation = Location,
            EndpointUrl = endpoint,
            Retry = retry ?? new RetryPolicy(baseDelay: TimeSpan.FromMilliseconds(5), seed: 1),
        };

        public void Dispose() => File.Delete(Location);
    }
}
