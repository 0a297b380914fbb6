namespace SpofAudit.Aws
{
    /// <summary>
    /// An access key pair (and session token) handed over by the face: PowerShell's <c>-Credential</c> or the
    /// session's <c>$StoredAWSCredentials</c>. <see cref="ToString"/> names where they came from, never a key.
    /// </summary>
    public sealed class AwsAccessKeys
    {
        public AwsAccessKeys(string accessKeyId, string secretAccessKey, string? sessionToken, string origin)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = string.IsNullOrEmpty(sessionToken) ? null : sessionToken;
            Origin = origin;
        }

        public string AccessKeyId { get; }
        public string SecretAccessKey { get; }
        public string? SessionToken { get; }

        /// <summary>Where the keys came from, for messages: <c>-Credential</c>, <c>$StoredAWSCredentials</c>.</summary>
        public string Origin { get; }

        public override string ToString() => Origin;
    }
}
