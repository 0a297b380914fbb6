using System.Management.Automation;
using SpofAudit.Diagnostics;

namespace SpofAudit.PowerShell
{
    /// <summary>Maps the core's face-neutral diagnostic categories onto PowerShell's ErrorCategory.</summary>
    internal static class ErrorCategories
    {
        public static ErrorCategory From(DiagnosticCategory category)
        {
            switch (category)
            {
                case DiagnosticCategory.InvalidData: return ErrorCategory.InvalidData;
                case DiagnosticCategory.ObjectNotFound: return ErrorCategory.ObjectNotFound;
                case DiagnosticCategory.ResourceExists: return ErrorCategory.ResourceExists;
                case DiagnosticCategory.ReadError: return ErrorCategory.ReadError;
                case DiagnosticCategory.LimitsExceeded: return ErrorCategory.LimitsExceeded;
                case DiagnosticCategory.InvalidArgument: return ErrorCategory.InvalidArgument;
                case DiagnosticCategory.AuthenticationError: return ErrorCategory.AuthenticationError;
                default: return ErrorCategory.NotSpecified;
            }
        }
    }
}
