using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpofAudit.Aws.Tests
{
    /// <summary>The least-privilege policy in docs/aws.md and in the README must name exactly the actions the reader uses.</summary>
    public sealed class DocumentationTests
    {
        private static string Repository => Path.Combine(Path.GetDirectoryName(RecordedAccount.Directory)!, "..", "..");

        [Theory]
        [InlineData("docs/aws.md", null)]
        [InlineData("README.md", "## Auditing AWS")]
        public void The_documented_IAM_policy_lists_exactly_the_actions_a_live_audit_uses(string file, string? section)
        {
            var text = File.ReadAllText(Path.Combine(Repository, file));
            if (section != null)
            {
                text = text.Substring(text.IndexOf(section, StringComparison.Ordinal));
                text = text.Substring(0, text.IndexOf("\n## ", section.Length, StringComparison.Ordinal));
            }

            var policy = Regex.Match(text, "```json\\s*(\\{.*?\\})\\s*```", RegexOptions.Singleline).Groups[1].Value;
            var actions = JsonDocument.Parse(policy).RootElement.GetProperty("Statement")[0].GetProperty("Action")
                .EnumerateArray().Select(a => a.GetString()!).OrderBy(a => a, StringComparer.Ordinal);

            Assert.Equal(AwsAudit.IamActions.OrderBy(a => a, StringComparer.Ordinal), actions);
        }
    }
}
