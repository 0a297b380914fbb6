using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Azure
{
    /// <summary>Failures of the live source as the core's input errors, so every face reports them as one line.</summary>
    internal static class AzureErrors
    {
        /// <summary>Where live-source errors point: there is no file, so the line reads "azure: ...".</summary>
        public static SourceLocation Where { get; } = new SourceLocation("azure", 0, 0);

        public static SpofInputException Fail(string code, DiagnosticCategory category, string message, string? suggestion = null) =>
            new SpofInputException(new SpofDiagnostic(code, category, Where, message, suggestion));

        /// <summary>The first line of an SDK message (the rest lists response headers and content).</summary>
        public static string FirstLine(string message)
        {
            var end = message.IndexOfAny(new[] { '\r', '\n' });
            return end > 0 ? message.Substring(0, end) : message;
        }
    }
}
