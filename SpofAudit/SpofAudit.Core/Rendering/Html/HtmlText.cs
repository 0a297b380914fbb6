using System.Text;

namespace SpofAudit.Rendering.Html
{
    /// <summary>Escapes text for HTML and SVG element content and quoted attribute values.</summary>
    internal static class HtmlText
    {
        public static string Escape(string text)
        {
            var builder = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '"': builder.Append("&quot;"); break;
                    case '\'': builder.Append("&#39;"); break;
                    default: builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c); break;
                }
            }

            return builder.ToString();
        }
    }
}
