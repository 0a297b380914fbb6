using System;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    public class SuppressionTests : IDisposable
    {
        private static readonly DateTime Today = new DateTime(2026, 11, 25);
        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Accepted_findings_are_kept_marked_and_do_not_fail_the_gate()
        {
            var report = WebTier();
            var suppressions = Read(@"
suppressions:
  - id: SinglePointOfFailure/db
    justification: Replica ordered, ticket OPS-1234
    owner: alice
    expires: 2026-12-31
  - kind: SinglePointOfFailure
    target: lb
    justification: Managed LB migration in Q1
    owner: bob
");
            var applied = AcceptedRisks.Apply(report, suppressions, Today);

            Assert.Equal(report.Findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal), applied.Findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
            var db = applied.Findings.Single(f => f.Id == "SinglePointOfFailure/db");
            Assert.True(db.IsSuppressed);
            Assert.Equal("alice", db.Suppression!.Owner);
            Assert.Equal(new DateTime(2026, 12, 31), db.Suppression.Expires);
            Assert.Equal("bob", applied.Findings.Single(f => f.Id == "SinglePointOfFailure/lb").Suppression!.Owner);
            Assert.All(applied.Findings.Where(f => f.Target != "db" && f.Target != "lb"), f => Assert.False(f.IsSuppressed));

            // Only the two SPOFs are High... and the zone risks: the gate still fails on those, never on the accepted ones.
            var selection = new ReportSelection(applied);
            Assert.Equal(applied.Findings.Any(f => !f.IsSuppressed && f.Severity >= Severity.High), selection.HasAtOrAbove(Severity.High));
            Assert.False(new ReportSelection(AcceptedRisks.Apply(report, report.Findings.Select(f => Accept(f.Id)).ToArray(), Today)).HasAtOrAbove(Severity.Info));
        }

        [Fact]
        public void An_acceptance_holds_through_its_expiry_day_then_the_finding_counts_again_and_the_entry_is_reported()
        {
            var report = WebTier();
            var entry = new[] { Accept("SinglePointOfFailure/db", new DateTime(2026, 11, 25)) };

            Assert.True(AcceptedRisks.Apply(report, entry, Today).Findings.Single(f => f.Id == "SinglePointOfFailure/db").IsSuppressed);

            var lapsed = AcceptedRisks.Apply(report, entry, Today.AddDays(1));
            Assert.False(lapsed.Findings.Single(f => f.Id == "SinglePointOfFailure/db").IsSuppressed);
            var expired = lapsed.Findings.Single(f => f.Kind == FindingKind.SuppressionExpired);
            Assert.Equal("SinglePointOfFailure/db", expired.Target);
            Assert.Equal(TargetType.Suppression, expired.TargetType);
            Assert.Contains("expired on 2026-11-25", expired.Recommendation);
            Assert.True(new ReportSelection(lapsed).HasAtOrAbove(Severity.Medium));
        }

        [Fact]
        public void An_entry_that_matches_no_finding_is_a_finding_pointing_at_the_entry()
        {
            var path = _temp.Write("accepted.yaml", "suppressions:\n  - id: SinglePointOfFailure/dbb\n    justification: typo\n    owner: carol\n");
            var applied = AcceptedRisks.Apply(WebTier(), SuppressionFileReader.Load(path), Today);

            var unmatched = applied.Findings.Single(f => f.Kind == FindingKind.SuppressionUnmatched);
            Assert.Equal("SinglePointOfFailure/dbb", unmatched.Target);
            Assert.Equal($"{path}:2:5", unmatched.Location!.ToString());
            Assert.DoesNotContain(applied.Findings, f => f.IsSuppressed);
        }

        [Theory]
        [InlineData("suppressions:\n  - id: SinglePointOfFailure/db\n    justifcation: x\n    owner: a\n", "3:5", "UnknownKey", "did you mean 'justification'")]
        [InlineData("suppressions:\n  - id: SinglePointOfFailure/db\n    owner: a\n", "2:5", "MissingKey", "no 'justification'")]
        [InlineData("suppressions:\n  - id: SinglePointOfFailure/db\n    justification: x\n    owner: a\n    expires: 31/12/2026\n", "5:14", "InvalidValue", "YYYY-MM-DD")]
        [InlineData("suppressions:\n  - kind: SinglePointOfFailur\n    target: db\n    justification: x\n    owner: a\n", "2:11", "InvalidValue", "did you mean 'SinglePointOfFailure'")]
        [InlineData("suppressions:\n  - id: db\n    justification: x\n    owner: a\n", "2:9", "InvalidValue", "expected Kind/target")]
        [InlineData("suppressions:\n  - id: SinglePointOfFailure/db\n    justification: x\n    owner: a\n  - {kind: SinglePointOfFailure, target: db, justification: y, owner: b}\n", "5:5", "DuplicateName", "already accepted at line 2")]
        [InlineData("suppressions:\n  - id: SinglePointOfFailure/db\n    justification: '  '\n    owner: a\n", "3:20", "InvalidValue", "'justification' is empty")]
        [InlineData("suppression: []\n", "1:1", "UnknownKey", "did you mean 'suppressions'")]
        [InlineData("", "1:1", "EmptyDocument", "suppression file is empty")]
        public void Mistakes_are_reported_with_file_line_and_column(string yaml, string at, string code, string text)
        {
            var path = _temp.Write("bad.yaml", yaml);
            var error = Assert.Throws<SpofInputException>(() => SuppressionFileReader.Load(path));

            var diagnostic = error.Diagnostics.First(d => d.Code == code);
            Assert.Equal(code, diagnostic.Code);
            Assert.StartsWith($"{path}:{at}: ", diagnostic.ToString());
            Assert.Contains(text, diagnostic.ToString());
        }

        [Fact]
        public void The_cli_gates_only_on_what_is_not_accepted_and_reports_a_bad_file_in_one_line()
        {
            var web = RepositoryPaths.Example("web-tier.yaml");
            var highs = WebTier().Findings.Where(f => f.Severity >= Severity.High).Select(f => f.Id).ToArray();
            var all = _temp.Write("all.yaml", "suppressions:\n" + string.Concat(highs.Select(id => $"  - id: {id}\n    justification: accepted\n    owner: ops\n")));
            Assert.Equal(1, CliRun.Run("report", web, "--fail-on", "high").Exit);
            var (exit, stdout, _) = CliRun.Run("report", web, "--fail-on", "high", "--suppressions", all, "--format", "json");
            Assert.Equal(0, exit);
            Assert.Equal(highs.Length, System.Text.RegularExpressions.Regex.Matches(stdout, "\"suppression\": \\{").Count);

            var bad = _temp.Write("bad.yaml", "suppressions:\n  - id: Nope/db\n    justification: x\n    owner: a\n");
            var failed = CliRun.Run("report", web, "--suppressions", bad);
            Assert.Equal(2, failed.Exit);
            Assert.Equal(string.Empty, failed.Stdout);
            Assert.Single(failed.Stderr.TrimEnd('\n').Split('\n'));
            Assert.Contains($"{bad}:2:9: unknown finding kind 'Nope'", failed.Stderr);
        }

        private static SpofReport WebTier() => Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report;

        private static Suppression Accept(string id, DateTime? expires = null) =>
            new Suppression(id, "accepted", "ops", expires, Diagnostics.SourceLocation.None);

        private static System.Collections.Generic.IReadOnlyList<Suppression> Read(string yaml) =>
            SuppressionFileReader.Read(new StringReader(yaml), "accepted.yaml");
    }
}
