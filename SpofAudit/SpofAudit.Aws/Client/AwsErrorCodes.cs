using System;
using System.Collections.Generic;

namespace SpofAudit.Aws.Client
{
    /// <summary>How the client treats the error codes AWS Query APIs return.</summary>
    internal static class AwsErrorCodes
    {
        private static readonly HashSet<string> Retryable = new HashSet<string>(StringComparer.Ordinal)
        {
            "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottled", "RequestThrottledException",
            "RequestLimitExceeded", "TooManyRequestsException", "SlowDown", "PriorRequestNotComplete",
            "ServiceUnavailable", "ServiceUnavailableException", "Unavailable", "InternalError", "InternalFailure",
            "RequestTimeout", "RequestTimeoutException",
        };

        // EC2 says UnauthorizedOperation; the Query services AccessDenied; an opt-in region not enabled says OptInRequired.
        private static readonly HashSet<string> Denied = new HashSet<string>(StringComparer.Ordinal)
        {
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError", "OptInRequired",
        };

        public static bool IsRetryable(int status, string? code) =>
            (code != null && Retryable.Contains(code)) || status == 429 || status >= 500;

        public static bool IsAccessDenied(string? code) => code != null && Denied.Contains(code);
    }
}
