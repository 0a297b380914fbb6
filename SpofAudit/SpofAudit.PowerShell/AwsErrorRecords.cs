using System.Management.Automation;
using SpofAudit.Aws;

namespace SpofAudit.PowerShell
{
    /// <summary>Turns a failed live AWS audit into an ErrorRecord with its stable ErrorId and the matching category.</summary>
    internal static class AwsErrorRecords
    {
        public static ErrorRecord From(AwsAuditException failure, object target) =>
            new ErrorRecord(new SpofCmdletException(failure.Message, failure), failure.ErrorId, CategoryOf(failure.Kind), target);

        private static ErrorCategory CategoryOf(AwsFailureKind kind)
        {
            switch (kind)
            {
                case AwsFailureKind.Usage: return ErrorCategory.InvalidArgument;
                case AwsFailureKind.Credentials: return ErrorCategory.AuthenticationError;
                case AwsFailureKind.AccessDenied: return ErrorCategory.PermissionDenied;
                case AwsFailureKind.Request: return ErrorCategory.ConnectionError;
                case AwsFailureKind.MalformedResponse: return ErrorCategory.InvalidData;
                default: return ErrorCategory.NotSpecified;
            }
        }
    }
}
