using System.Linq;

namespace SpofAudit.PowerShell
{
    /// <summary>How the completers write a value on the command line: bare when PowerShell reads it back as the same word, else single-quoted.</summary>
    internal static class CompletionText
    {
        public static string Quote(string value) =>
            value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '/')
                && value[0] != '-'
                ? value
                : "'" + value.Replace("'", "''") + "'";
    }
}
