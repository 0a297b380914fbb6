using System;
using System.Management.Automation;
using SpofAudit.Diagnostics;
using SpofAudit.Rendering;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Turns the core's input diagnostics into ErrorRecords: ErrorId = the diagnostic's stable Code, the
    /// mapped ErrorCategory, the file or name at fault as TargetObject, and any "did you mean" as the
    /// recommended action, so users see one clear line instead of an exception and stack trace.
    /// </summary>
    internal static class InputErrorRecords
    {
        public static ErrorRecord FromDiagnostic(SpofDiagnostic diagnostic, object target)
        {
            // One exception per diagnostic, so each record's message is that diagnostic's own line.
            var record = new ErrorRecord(
                new SpofInputException(diagnostic), diagnostic.Code, ErrorCategories.From(diagnostic.Category), target);
            var shown = VisibleText.ForTerminal(diagnostic.ToString());
            if (diagnostic.Suggestion != null || !ReferenceEquals(shown, diagnostic.ToString()))
            {
                // What the host shows: a name's control characters and escapes made visible (the exception keeps them).
                record.ErrorDetails = new ErrorDetails(shown) { RecommendedAction = diagnostic.Suggestion == null ? null : VisibleText.ForTerminal(diagnostic.Suggestion) };
            }

            return record;
        }

        /// <summary>A mistake the cmdlet itself detects, such as a path that matches no file.</summary>
        public static ErrorRecord Create(string errorId, ErrorCategory category, object target, string message, Exception? inner = null) =>
            new ErrorRecord(new SpofCmdletException(VisibleText.ForTerminal(message), inner), errorId, category, target);
    }
}
