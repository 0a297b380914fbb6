using System.Collections.Generic;

namespace SpofAudit.Loading.CodeOwners
{
    /// <summary>One line of a CODEOWNERS file: a pattern and its owners (none: the paths it matches have no owner).</summary>
    internal sealed class CodeOwnersRule
    {
        public CodeOwnersRule(CodeOwnersPattern pattern, IReadOnlyList<string> owners, int line, string? section)
        {
            Pattern = pattern;
            Owners = owners;
            Line = line;
            Section = section;
        }

        public CodeOwnersPattern Pattern { get; }

        /// <summary>The owners as the model names them: <c>alice</c> for <c>@alice</c>, <c>org/team</c> for <c>@org/team</c>, an email as it is.</summary>
        public IReadOnlyList<string> Owners { get; }

        /// <summary>The rule's line in its file, from 1.</summary>
        public int Line { get; }

        /// <summary>The GitLab section the rule is in (<c>[Docs]</c>), or null before any section.</summary>
        public string? Section { get; }
    }
}
