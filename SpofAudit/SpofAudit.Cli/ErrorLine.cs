using SpofAudit.Diagnostics;
using System.IO;
using System.Linq;
using SpofAudit.Rendering;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Writes the single line a user sees for an error: <c>spofaudit: &lt;what went wrong&gt;</c>. One line, so a
    /// CI log shows the cause at once and scripts can grep it; never a stack trace for a user's mistake. Every
    /// stderr line (errors, warnings, verbose notes, progress) passes here, so a name from a cloud tag that holds
    /// a terminal escape is shown as <c>\e</c>, never acted on.
    /// </summary>
    public static class ErrorLine
    {
        public const string Prefix = "spofaudit: ";

        public static void Write(TextWriter stderr, string message) => stderr.WriteLine(Prefix + OneLine(message));

        // An exception message from a library may span lines; fold it so the contract of one line holds.
        private static string OneLine(string text) =>
            VisibleText.ForTerminal(string.Join(" ", text.Split('\r', '\n').Select(part => part.Trim()).Where(part => part.Length > 0)));
    }
}
