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

        /// <summary>
        /// A failed sign-in on one line, with each credential's own reason: DefaultAzureCredential's message is a
        /// headline followed by one "- Credential: reason. Details..." line per credential it tried, and the
        /// reason of each is what tells the user which sign-in to fix.
        /// </summary>
        public static string SignInFailure(string message)
        {
            var lines = message.Split(new[] { '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries);
            var reasons = new System.Collections.Generic.List<string>();
            foreach (var line in lines)
            {
                var text = line.Trim();
                if (text.StartsWith("- ", System.StringComparison.Ordinal))
                {
                    reasons.Add(WithoutPointers(text.Substring(2)));
                }
            }

            var headline = lines.Length > 0 ? WithoutPointers(lines[0].Trim()) : message;
            return reasons.Count == 0 ? headline : headline + ": " + string.Join("; ", reasons);
        }

        /// <summary>The sentences of <paramref name="text"/> that say what went wrong, without "See the troubleshooting guide" and links.</summary>
        private static string WithoutPointers(string text)
        {
            var kept = new System.Collections.Generic.List<string>();
            foreach (var sentence in text.Split(new[] { ". " }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                var clean = sentence.Trim().TrimEnd('.');
                if (clean.Length > 0
                    && !clean.StartsWith("See the troubleshooting guide", System.StringComparison.OrdinalIgnoreCase)
                    && !clean.StartsWith("http", System.StringComparison.OrdinalIgnoreCase))
                {
                    kept.Add(clean);
                }
            }

            return kept.Count == 0 ? text.Trim() : string.Join(". ", kept);
        }

        /// <summary>The first line of an SDK message (the rest lists response headers and content).</summary>
        public static string FirstLine(string message)
        {
            var end = message.IndexOfAny(new[] { '\r', '\n' });
            return end > 0 ? message.Substring(0, end) : message;
        }
    }
}
