using System.IO;
using System.Linq;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Writes the single line a user sees for an error: <c>spofaudit: &lt;what went wrong&gt;</c>. One line, so a
    /// CI log shows the cause at once and scripts can grep it; never a stack trace for a user's mistake.
    /// </summary>
    public static class ErrorLine
    {
        public const string Prefix = "spofaudit: ";

        public static void Write(TextWriter stderr, string message) => stderr.WriteLine(Prefix + OneLine(message));

        // An exception message from a library may span lines; fold it so the contract of one line holds.
        private static string OneLine(string text) =>
            string.Join(" ", text.Split('\r', '\n').Select(part => part.Trim()).Where(part => part.Length > 0));
    }
}
