using System;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// What one live read may cost, whatever the endpoint answers: a hostile or broken endpoint (endless pages, an
    /// endless body, silence) ends in a clear error or an unread call, never in a hang or an exhausted memory.
    /// </summary>
    public sealed class AwsClientLimits
    {
        /// <summary>Longest wait for the response headers of one attempt (connecting included); then the attempt is retried.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Largest response body read; an announced or streamed body beyond it is cut off, not buffered.</summary>
        public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

        /// <summary>Most pages one call may return (the largest real accounts need a few hundred).</summary>
        public int MaxPagesPerCall { get; set; } = 1000;

        /// <summary>Longest time one call may take over all its pages, retries included.</summary>
        public TimeSpan CallBudget { get; set; } = TimeSpan.FromMinutes(10);
    }
}
