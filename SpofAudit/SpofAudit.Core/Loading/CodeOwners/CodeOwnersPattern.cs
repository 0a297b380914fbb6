using System.Text;
using System.Text.RegularExpressions;

namespace SpofAudit.Loading.CodeOwners
{
    /// <summary>
    /// A CODEOWNERS path pattern, matched as GitHub documents it (gitignore rules, without <c>!</c>, <c>[ ]</c> and
    /// <c>\#</c>): a leading <c>/</c> or a <c>/</c> inside anchors it at the repository root, otherwise it matches at any
    /// depth; <c>*</c> and <c>?</c> stay within one folder, <c>**</c> crosses folders; a pattern names a file or a
    /// folder and everything in it, except that a trailing <c>/*</c> matches only the folder's direct children
    /// (<c>docs/*</c> owns <c>docs/getting-started.md</c>, not <c>docs/build-app/troubleshooting.md</c>).
    /// </summary>
    internal sealed class CodeOwnersPattern
    {
        private readonly Regex _file;
        private readonly Regex _folder;

        public CodeOwnersPattern(string pattern)
        {
            Text = pattern;
            _file = new Regex(ToRegex(pattern, forFolder: false), RegexOptions.CultureInvariant | RegexOptions.Singleline);
            _folder = new Regex(ToRegex(pattern, forFolder: true), RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }

        /// <summary>The pattern as the file wrote it.</summary>
        public string Text { get; }

        /// <summary>
        /// Whether the pattern owns <paramref name="path"/>, a repository path with <c>/</c> separators; a path ending in
        /// <c>/</c> is a folder, which a folder pattern (<c>/build/logs/</c>) owns as well as what is inside it.
        /// </summary>
        public bool Matches(string path) =>
            (path.EndsWith("/") ? _folder : _file).IsMatch(path.Trim('/'));

        private static string ToRegex(string pattern, bool forFolder)
        {
            var body = pattern;
            var folderOnly = body.EndsWith("/");
            body = body.TrimEnd('/');
            var anchored = body.StartsWith("/") || body.IndexOf('/') >= 0;
            body = body.TrimStart('/');
            var childrenOnly = body.EndsWith("/*") && !body.EndsWith("/**");
            if (childrenOnly && forFolder)
            {
                // It owns the files directly in its folder, never a folder below, nor all of the folder itself.
                return "^(?!)";
            }

            var regex = new StringBuilder("^");
            if (!anchored)
            {
                regex.Append("(?:.*/)?");
            }

            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                if (c == '*' && i + 1 < body.Length && body[i + 1] == '*')
                {
                    var slashAfter = i + 2 < body.Length && body[i + 2] == '/';
                    // "**/" is any number of folders (none included); a trailing "**" is everything below.
                    regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                }
                else if (c == '*')
                {
                    regex.Append("[^/]*");
                }
                else if (c == '?')
                {
                    regex.Append("[^/]");
                }
                else
                {
                    regex.Append(Regex.Escape(c.ToString()));
                }
            }

            // A folder pattern owns what is inside the folder; any other pattern owns the path it names and, when that
            // is a folder, what is inside it.
            regex.Append(childrenOnly ? "$" : folderOnly && !forFolder ? "/.+$" : "(?:/.*)?$");
            return regex.ToString();
        }
    }
}
