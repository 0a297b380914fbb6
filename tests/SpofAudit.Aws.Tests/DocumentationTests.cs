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

        [Fact]
        public void Docs_say_which_client_sends_each_call_of_a_live_audit()
        {
            var text = File.ReadAllText(Path.Combine(Repository, "docs/aws.md"));
            var start = text.IndexOf("## Which client sends each call", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/aws.md has no section 'Which client sends each call'");
            var section = text.Substring(start, text.IndexOf("\n## ", start + 3, StringComparison.Ordinal) - start);
            var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal))
                .Select(l => l.Split('|'))
                .Select(cells => (Actions: Regex.Matches(cells[1], "`([a-z0-9]+:[A-Za-z]+)`").Select(m => m.Groups[1].Value).ToArray(), Client: cells[2].Trim()))
                .ToArray();

            string[] By(string client) => rows.Where(r => r.Client.StartsWith(client, StringComparison.Ordinal)).SelectMany(r => r.Actions).OrderBy(a => a, StringComparer.Ordinal).ToArray();
            var ec2 = Client.AwsInventoryReader.Calls.Where(c => c.Service == Client.AwsService.Ec2).Select(c => c.IamAction).OrderBy(a => a, StringComparer.Ordinal).ToArray();
            var sts = new[] { "sts:AssumeRole", "sts:GetCallerIdentity" };
            Assert.Equal(ec2, By("AWSSDK.EC2"));
            Assert.Equal(sts, By("AWSSDK.SecurityToken"));
            Assert.Equal(AwsAudit.IamActions.Except(ec2).Except(sts).OrderBy(a => a, StringComparer.Ordinal), By("the Query client"));
        }
    }
}
