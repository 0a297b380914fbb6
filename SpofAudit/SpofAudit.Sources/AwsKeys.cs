namespace SpofAudit.Sources
{
    /// <summary>An AWS access key pair and optional session token, with where the face found them (for messages, never a key).</summary>
    public sealed class AwsKeys
    {
        public AwsKeys(string accessKeyId, string secretAccessKey, string? sessionToken, string origin)
        {
            AccessKeyId = accessKeyId;
            SecretAccessKey = secretAccessKey;
            SessionToken = sessionToken;
            Origin = origin;
        }

        public string AccessKeyId { get; }
        public string SecretAccessKey { get; }
        public string? SessionToken { get; }

        /// <summary>Where the keys came from: <c>-Credential</c>, <c>$StoredAWSCredentials</c>.</summary>
        public string Origin { get; }

        public override string ToString() => Origin;
    }
}
