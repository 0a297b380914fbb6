using SpofAudit.Diagnostics;
using System.Text;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Escapes text for a GitHub-flavoured Markdown table cell or heading: a pipe would end the cell, a
    /// newline the row, and emphasis, code, link and HTML characters in a name would change how it renders.
    /// </summary>
    public static class MarkdownText
    {
        private const string Special = "\\|`*_[]<>#";

        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (Special.IndexOf(c) >= 0)
                {
                    builder.Append('\\').Append(c);
                }
                else if (char.IsControl(c))
                {
                    builder.Append(' ');
                }
                else
                {
                    builder.Append(c);
                }
            }

            // Bidirectional overrides and non-characters are not control characters, yet reorder or hide text.
            return VisibleText.ForTerminal(builder.ToString());
        }

        /// <summary>One table row: <c>| a | b |</c> with every cell escaped.</summary>
        public static string Row(params string[] cells)
        {
            var builder = new StringBuilder("|");
            foreach (var cell in cells)
            {
                builder.Append(' ').Append(Escape(cell)).Append(" |");
            }

            return builder.ToString();
        }

        /// <summary>The header row and its delimiter row.</summary>
        public static string Header(params string[] headers)
        {
            var builder = new StringBuilder(Row(headers)).AppendLine().Append('|');
            foreach (var _ in headers)
            {
                builder.Append(" --- |");
            }

            return builder.ToString();
        }
    }
}
