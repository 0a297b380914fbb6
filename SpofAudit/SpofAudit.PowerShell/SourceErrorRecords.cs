using SpofAudit.Diagnostics;
using System.Management.Automation;
using SpofAudit.Rendering;
using SpofAudit.Sourcing;

namespace SpofAudit.PowerShell
{
    /// <summary>Turns a live source that could not be read into an ErrorRecord with its stable ErrorId and the matching category.</summary>
    internal static class SourceErrorRecords
    {
        public static ErrorRecord From(SourceFailureException failure, object target) =>
            new ErrorRecord(new SpofCmdletException(VisibleText.ForTerminal(failure.Message), failure), failure.ErrorId, CategoryOf(failure.Kind), target);

        private static ErrorCategory CategoryOf(SourceFailureKind kind)
        {
            switch (kind)
            {
                case SourceFailureKind.Usage: return ErrorCategory.InvalidArgument;
                case SourceFailureKind.Credentials: return ErrorCategory.AuthenticationError;
                case SourceFailureKind.AccessDenied: return ErrorCategory.PermissionDenied;
                case SourceFailureKind.Request: return ErrorCategory.ConnectionError;
                case SourceFailureKind.MalformedResponse: return ErrorCategory.InvalidData;
                default: return ErrorCategory.NotSpecified;
            }
        }
    }
}
