using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SpofAudit.Loading.CodeOwners
{
    /// <summary>
    /// A CODEOWNERS file in the syntax GitHub, GitLab and Bitbucket share: a path pattern per line followed by owners
    /// (<c>@user</c>, <c>@org/team</c>, an email address; Bitbucket's <c>@@group</c>), comments from <c>#</c>, and
    /// GitLab's sections (<c>[Section]</c>, <c>^[Optional section]</c>, with default owners after the header). The
    /// last matching rule wins; with sections, the last matching rule of each section does, and the owners are
    /// those of every section (GitLab's rule).
    /// </summary>
    internal sealed class CodeOwnersFile
    {
        /// <summary>Where each forge looks, in the order GitHub searches, then GitLab's and Bitbucket's own folders.</summary>
        public static readonly IReadOnlyList<string> Locations = new[]
        {
            ".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS", ".bitbucket/CODEOWNERS",
        };

        private static readonly Regex SectionHeader = new Regex(@"^\^?\[(?<name>[^\]]+)\](?:\[\d+\])?(?<owners>.*)$", RegexOptions.CultureInvariant);
        private static readonly Regex Email = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

        private CodeOwnersFile(string path, IReadOnlyList<CodeOwnersRule> rules, IReadOnlyList<CodeOwnersProblem> problems)
        {
            Path = path;
            Rules = rules;
            Problems = problems;
        }

        /// <summary>The file, as it was found.</summary>
        public string Path { get; }

        public IReadOnlyList<CodeOwnersRule> Rules { get; }

        /// <summary>Lines that could not be read; the rules of the other lines still count.</summary>
        public IReadOnlyList<CodeOwnersProblem> Problems { get; }

        /// <summary>The CODEOWNERS file of a repository's working tree, or null when it has none.</summary>
        public static string? Find(string repository) =>
            Locations.Select(location => System.IO.Path.Combine(repository, location)).FirstOrDefault(File.Exists);

        public static CodeOwnersFile Parse(string text, string path)
        {
            var rules = new List<CodeOwnersRule>();
            var problems = new List<CodeOwnersProblem>();
            string? section = null;
            IReadOnlyList<string> sectionOwners = Array.Empty<string>();
            var lines = text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var number = index + 1;
                var line = lines[index].TrimEnd('\r');
                var start = line.Length - line.TrimStart().Length;
                var content = line.Trim();
                if (content.Length == 0 || content[0] == '#')
                {
                    continue;
                }

                var header = SectionHeader.Match(content);
                if (header.Success)
                {
                    section = header.Groups["name"].Value;
                    sectionOwners = Owners(Tokens(header.Groups["owners"].Value, start + header.Groups["owners"].Index), number, problems);
                    continue;
                }

                var tokens = Tokens(content, start);
                var owners = Owners(tokens.Skip(1).ToList(), number, problems);
                // "\#name" is a path that starts with '#', not a comment (GitLab).
                var pattern = tokens[0].Text.StartsWith("\\#", StringComparison.Ordinal) ? tokens[0].Text.Substring(1) : tokens[0].Text;
                rules.Add(new CodeOwnersRule(new CodeOwnersPattern(pattern), owners.Count > 0 ? owners : sectionOwners, number, section));
            }

            return new CodeOwnersFile(path, rules, problems);
        }

        /// <summary>
        /// The rules that decide <paramref name="path"/>'s owners: the last matching rule before any section and in each
        /// section. Empty when no rule matches.
        /// </summary>
        public IReadOnlyList<CodeOwnersRule> Deciding(string path)
        {
            // GitLab joins sections of the same name, whatever their case; they keep the place of their first header.
            var last = new Dictionary<string, CodeOwnersRule>(StringComparer.OrdinalIgnoreCase);
            var order = new List<string>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in Rules)
            {
                var key = rule.Section ?? string.Empty;
                if (seen.Add(key))
                {
                    order.Add(key);
                }

                if (rule.Pattern.Matches(path))
                {
                    last[key] = rule;
                }
            }

            order.RemoveAll(key => !last.ContainsKey(key));
            return order.Select(key => last[key]).ToArray();
        }

        private static IReadOnlyList<string> Owners(IReadOnlyList<Token> tokens, int line, List<CodeOwnersProblem> problems)
        {
            var owners = new List<string>();
            foreach (var token in tokens)
            {
                var text = token.Text;
                if (text.StartsWith("#", StringComparison.Ordinal))
                {
                    // A comment after the owners.
                    break;
                }

                if (text.StartsWith("@@", StringComparison.Ordinal) && text.Length > 2)
                {
                    owners.Add(text.Substring(2));
                }
                else if (text.StartsWith("@", StringComparison.Ordinal) && text.Length > 1 && text.IndexOf('@', 1) < 0)
                {
                    owners.Add(text.Substring(1));
                }
                else if (Email.IsMatch(text))
                {
                    owners.Add(text);
                }
                else
                {
                    problems.Add(new CodeOwnersProblem(line, token.Column, $"'{text}' is not an owner: expected @user, @org/team or an email address"));
                }
            }

            return owners;
        }

        /// <summary>The line's words, split at whitespace that is not escaped (GitLab's <c>\ </c> in paths), with their columns.</summary>
        private static IReadOnlyList<Token> Tokens(string text, int offset)
        {
            var tokens = new List<Token>();
            var current = new System.Text.StringBuilder();
            var column = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    if (current.Length == 0)
                    {
                        column = offset + i + 1;
                    }

                    current.Append(' ');
                    i++;
                }
                else if (char.IsWhiteSpace(c))
                {
                    if (current.Length > 0)
                    {
                        tokens.Add(new Token(current.ToString(), column));
                        current.Clear();
                    }
                }
                else
                {
                    if (current.Length == 0)
                    {
                        column = offset + i + 1;
                    }

                    current.Append(c);
                }
            }

            if (current.Length > 0)
            {
                tokens.Add(new Token(current.ToString(), column));
            }

            return tokens;
        }

        private readonly struct Token
        {
            public Token(string text, int column)
            {
                Text = text;
                Column = column;
            }

            public string Text { get; }
            public int Column { get; }
        }
    }
}
