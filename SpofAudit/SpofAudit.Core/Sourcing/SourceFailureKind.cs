namespace SpofAudit.Sourcing
{
    /// <summary>Why a live source could not be read, so each face picks its own error category (PowerShell) or line.</summary>
    public enum SourceFailureKind
    {
        /// <summary>A parameter or setting is unusable (no region, a bad endpoint URL).</summary>
        Usage,

        /// <summary>No credentials, an unknown profile, or a role that cannot be assumed.</summary>
        Credentials,

        /// <summary>The caller may not make a call the read cannot do without.</summary>
        AccessDenied,

        /// <summary>A call failed for good: a non-retryable error, or retries exhausted within their time bound.</summary>
        Request,

        /// <summary>A response that does not have the documented shape (malformed XML, missing fields).</summary>
        MalformedResponse,
    }
}
