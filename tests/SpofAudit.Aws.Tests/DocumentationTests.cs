using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpofAudit.Aws.Tests
{
    /// <summary>docs/aws.md's least-privilege policy must name exactly the actions the reader uses.</summary>
    public sealed class DocumentationTests
    {
        [Fact]
        public void The_documented_IAM_policy_lists_exactly_the_actions_a_live_audit_uses()
        {
            var docs = Path.Combine(Path.GetDirectoryName(RecordedAccount.Directory)!, "..", "..", "docs", "aws.md");
            var policy = Regex.Match(File.ReadAllText(docs), "```json\\s*(\\{.*?\\})\\s*```", RegexOptions.Singleline).Groups[1].Value;
            var actions = JsonDocument.Parse(policy).RootElement.GetProperty("Statement")[0].GetProperty("Action")
                .EnumerateArray().Select(a => a.GetString()!).OrderBy(a => a, StringComparer.Ordinal);

            Assert.Equal(AwsAudit.IamActions.OrderBy(a => a, StringComparer.Ordinal), actions);
        }
    }
}
