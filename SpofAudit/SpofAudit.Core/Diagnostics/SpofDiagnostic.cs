
namespace SpofAudit.Diagnostics
{
    /// <summary>
    /// One problem with a user's input: where, a stable code (used as the PowerShell ErrorId),
    /// what is wrong and what was expected, and a suggestion where one exists.
    /// </summary>
    public sealed class SpofDiagnostic
    {
        public SpofDiagnostic(string code, DiagnosticCategory category, SourceLocation location, string message, string? suggestion = null)
        {
            Code = code;
            Category = category;
            Location = location;
            Message = message;
            Suggestion = suggestion;
        }

        /// <summary>Stable identifier such as <c>UnknownKey</c> or <c>UnknownDependency</c>.</summary>
        public string Code { get; }

        public DiagnosticCategory Category { get; }
        public SourceLocation Location { get; }
        public string Message { get; }

        /// <summary>A "did you mean" or other hint, without trailing punctuation; null when there is none.</summary>
        public string? Suggestion { get; }

        /// <summary>
        /// The one line a user sees: <c>file:line:column: message (suggestion)</c>. A message quotes the user's text,
        /// which may hold line breaks or escape sequences: they are shown as visible escapes, so it stays one line.
        /// </summary>
        public override string ToString() =>
            VisibleText.ForTerminal($"{Location}: {Message}" + (Suggestion == null ? string.Empty : $" ({Suggestion})"));
    }
}
