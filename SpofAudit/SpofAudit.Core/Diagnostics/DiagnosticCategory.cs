namespace SpofAudit.Diagnostics
{
    /// <summary>What kind of mistake a diagnostic reports; faces map it to their own categories.</summary>
    public enum DiagnosticCategory
    {
        /// <summary>The input is malformed: syntax, wrong type, unknown key, out-of-range value.</summary>
        InvalidData,

        /// <summary>A name refers to nothing that exists.</summary>
        ObjectNotFound,

        /// <summary>Something is defined twice.</summary>
        ResourceExists,

        /// <summary>A file could not be read.</summary>
        ReadError,

        /// <summary>The input exceeds a safety bound (size, nesting, alias expansion).</summary>
        LimitsExceeded,

        /// <summary>An argument given to a command is wrong (unknown failure name, bad option value).</summary>
        InvalidArgument,

        /// <summary>The caller could not sign in to a live source: no usable credential, or one the service refused.</summary>
        AuthenticationError,
    }
}
