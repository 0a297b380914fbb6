namespace SpofAudit.Aws
{
    /// <summary>What went wrong in a live audit, so a face can pick the right error category.</summary>
    public enum AwsFailureKind
    {
        /// <summary>A parameter or setting is unusable (no region, a bad endpoint URL).</summary>
        Usage,

        /// <summary>No credentials, an unknown profile, or a role that cannot be assumed.</summary>
        Credentials,

        /// <summary>The caller may not make a call the audit cannot do without (GetCallerIdentity).</summary>
        AccessDenied,

        /// <summary>A call failed for good: a non-retryable error, or retries exhausted within their time bound.</summary>
        Request,

        /// <summary>A response that does not have the documented shape (malformed XML, missing fields).</summary>
        MalformedResponse,
    }
}
