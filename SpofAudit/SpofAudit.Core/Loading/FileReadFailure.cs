using System;
using System.IO;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// The one-line error for a file a user named that cannot be read (not there, not UTF-8, not readable), worded the
    /// same by every reader of user files: the YAML loader, the Backstage catalog reader, the on-call export reader.
    /// </summary>
    internal static class FileReadFailure
    {
        /// <summary>
        /// Whether <paramref name="e"/> is such a failure, and its error: "<paramref name="subject"/> not found", "the
        /// <paramref name="subject"/> is not valid UTF-8 text" at the first bad byte, "cannot read the <paramref name="subject"/>: ...".
        /// </summary>
        public static bool TryDescribe(Exception e, string path, long maxBytes, string subject, out SpofDiagnostic diagnostic)
        {
            var at = new SourceLocation(path, 0, 0);
            switch (e)
            {
                case FileNotFoundException _:
                case DirectoryNotFoundException _:
                    diagnostic = Diagnostic(DiagnosticCodes.FileNotFound, at, subject + " not found");
                    return true;
                case DecoderFallbackException _:
                    diagnostic = InvalidUtf8.Diagnostic(path, maxBytes, "the " + subject);
                    return true;
                case IOException _:
                case UnauthorizedAccessException _:
                case System.Security.SecurityException _:
                    diagnostic = Diagnostic(DiagnosticCodes.ReadError, at, $"cannot read the {subject}: {e.Message}");
                    return true;
                default:
                    diagnostic = null!;
                    return false;
            }
        }

        private static SpofDiagnostic Diagnostic(string code, SourceLocation location, string message) =>
            new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), location, message);
    }
}
