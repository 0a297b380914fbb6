using System.Collections.Generic;
using System.Text;

namespace SpofAudit.Rendering
{
    /// <summary>Word-wraps prose (recommendations, reasons) to a terminal width.</summary>
    public static class TextWrap
    {
        /// <summary>The lines of <paramref name="text"/>, each at most <paramref name="width"/> characters unless one word is longer.</summary>
        public static IReadOnlyList<string> Lines(string text, int width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            foreach (var word in text.Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            if (line.Length > 0 || lines.Count == 0)
            {
                lines.Add(line.ToString());
            }

            return lines;
        }
    }
}
