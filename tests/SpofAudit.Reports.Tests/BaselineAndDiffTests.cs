using System;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    public class BaselineAndDiffTests : IDisposable
    {
        private const string WebTier = @"apiVersion: spofaudit/v1
name: web-tier
entrypoints: [lb]
regions:
  us-east-1: [us-east-1a, us-east-1b]
components:
  lb:
    kind: loadbalancer
    zones: [us-east-1a]
    dependsOn: [app]
  app:
    instances: 2
    zones: [us-east-1a, us-east-1b]
    dependsOn:
      - db
      - {name: cache, soft: true}
  db:
    kind: database
    zones: [us-east-1b]
  cache:
    kind: redis
    zones: [us-east-1a]
";

        // The same architecture with the components in reverse order, keys shuffled, comments and an unrelated tag.
        private const string WebTierReordered = @"# reordered and annotated
components:
  cache:
    zones: [us-east-1a]
    kind: redis
  db:
    zones: [us-east-1b]
    kind: database
    tags: {backup: nightly}
  app:
    dependsOn:
      - {name: cache, soft: true}
      - db
    zones: [us-east-1a, us-east-1b]
    instances: 2
  lb:
    dependsOn: [app]
    zones: [us-east-1a]
    kind: loadbalancer
regions:
  us-east-1: [us-east-1a, us-east-1b]
entrypoints: [lb]
name: web-tier
apiVersion: spofaudit/v1
";

        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Finding_ids_survive_reordering_and_unrelated_edits()
        {
            var before = Analyse(WebTier);
            var after = Analyse(WebTierReordered);

            Assert.Equal(before.Findings.Select(f => f.Id), after.Findings.Select(f => f.Id));
            Assert.All(ReportComparer.Compare(before.Findings, after.Findings), c => Assert.Equal(FindingChangeKind.Unchanged, c.Change));
        }

        [Fact]
        public void A_fix_resolves_a_finding_and_a_regression_is_new()
        {
            var before = Analyse(WebTier);
            var fixedDb = Analyse(WebTier.Replace("  db:\n    kind: database\n    zones: [us-east-1b]", "  db:\n    kind: database\n    instances: 2\n    zones: [us-east-1a, us-east-1b]\n    dependsOn: [auth]\n  auth:\n    kind: identity\n    zones: [us-east-1b]"));
            var changes = ReportComparer.Compare(before.Findings, fixedDb.Findings);

            Assert.Contains(changes, c => c.Change == FindingChangeKind.Resolved && c.Id == "SinglePointOfFailure/db");
            Assert.Contains(changes, c => c.Change == FindingChangeKind.New && c.Id == "SinglePointOfFailure/auth");
            Assert.Contains(changes, c => ReportComparer.IsRegression(c, Severity.High));
            Assert.Equal(before.Findings.Count + fixedDb.Findings.Count, changes.Count(c => c.Change != FindingChangeKind.Resolved) + changes.Count(c => c.Change != FindingChangeKind.New));
        }

        [Fact]
        public void Severity_and_acceptance_changes_are_changes_and_a_rise_is_a_regression()
        {
            var low = Make(Severity.Medium);
            var high = Make(Severity.High);
            var accepted = high.WithSuppression(new Suppression(high.Id, "ok", "ops", null, SourceLocation.None));

            var rise = ReportComparer.Compare(new[] { low }, new[] { high }).Single();
            Assert.Equal(FindingChangeKind.Changed, rise.Change);
            Assert.Equal(new[] { "Severity" }, rise.ChangedProperties);
            Assert.Equal(Severity.Medium, rise.PreviousSeverity);
            Assert.True(ReportComparer.IsRegression(rise, Severity.High));

            var fall = ReportComparer.Compare(new[] { high }, new[] { low }).Single();
            Assert.False(ReportComparer.IsRegression(fall, Severity.Info));

            var nowAccepted = ReportComparer.Compare(new[] { high }, new[] { accepted }).Single();
            Assert.Equal(new[] { "Suppressed" }, nowAccepted.ChangedProperties);
            Assert.False(ReportComparer.IsRegression(nowAccepted, Severity.Info));
            Assert.True(ReportComparer.IsRegression(ReportComparer.Compare(new[] { accepted }, new[] { high }).Single(), Severity.High));
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void A_JSON_report_reads_back_to_the_same_findings(string example)
        {
            var report = Analysed.Load(example).Report;
            var findings = report.Findings.Select((f, i) => i % 2 == 0 ? f : f.WithSuppression(new Suppression(f.Id, "why \"quoted\"\n", "ops", i % 4 == 1 ? new DateTime(2030, 2, 3) : (DateTime?)null, SourceLocation.None))).ToArray();
            var text = new StringWriter();
            ReportJsonWriter.Write(report.Model, findings, text);

            var back = ReportJsonReader.Read(text.ToString(), "report.json");
            Assert.Equal(report.Model, back.Model);
            Assert.Equal(findings.Length, back.Findings.Count);
            foreach (var (expected, actual) in findings.Zip(back.Findings))
            {
                Assert.Equal(
                    (expected.Id, expected.Kind, expected.Severity, expected.Target, expected.TargetType, expected.Recommendation, expected.Suppression?.Justification, expected.Suppression?.Owner, expected.Suppression?.Expires),
                    (actual.Id, actual.Kind, actual.Severity, actual.Target, actual.TargetType, actual.Recommendation, actual.Suppression?.Justification, actual.Suppression?.Owner, actual.Suppression?.Expires));
                Assert.Equal(expected.Affects, actual.Affects);
                Assert.Equal(expected.Path, actual.Path);
                Assert.Equal(expected.Components, actual.Components);
            }
        }

        public static TheoryData<string> Examples() => new TheoryData<string>(RepositoryPaths.ExampleModels());

        [Theory]
        [InlineData("{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": [\n  {\"id\": 1}\n]}", "2:10", "WrongType")]
        [InlineData("{\"schemaVersion\": 2, \"model\": \"m\", \"findings\": []}", "1:19", "UnsupportedApiVersion")]
        [InlineData("{\"schemaVersion\": 1, \"model\": \"m\"}", "1:1", "MissingKey")]
        [InlineData("{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": [\n}", "2:1", "InvalidValue")]
        [InlineData("{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": [{\"id\": \"SinglePointOfFailure/db\", \"kind\": \"SinglePointOfFailure\", \"severity\": \"Huge\"}]}", "1:127", "InvalidValue")]
        public void A_bad_report_file_is_reported_at_its_line_and_column(string json, string at, string code)
        {
            var error = Assert.Throws<SpofInputException>(() => ReportJsonReader.Read(json, "old.json"));
            Assert.Equal(code, error.First.Code);
            Assert.StartsWith($"old.json:{at}: ", error.First.ToString());
        }

        [Fact]
        public void Cli_diff_lists_changes_and_fails_only_on_new_findings_at_the_threshold()
        {
            var oldJson = Json("old", WebTier);
            var newJson = Json("new", WebTier.Replace("    instances: 2\n    zones: [us-east-1a, us-east-1b]", "    zones: [us-east-1a, us-east-1b]"));

            var (exit, stdout, stderr) = CliRun.Run("diff", oldJson, newJson);
            Assert.True(exit == 0, stderr);
            Assert.Contains("New", stdout);
            Assert.Contains("SinglePointOfFailure", stdout);
            Assert.Contains("app", stdout);
            Assert.Contains("1 new", stdout);

            Assert.Equal(1, CliRun.Run("diff", oldJson, newJson, "--fail-on", "high").Exit);
            Assert.Equal(0, CliRun.Run("diff", newJson, oldJson, "--fail-on", "info").Exit);
            Assert.Equal(0, CliRun.Run("diff", oldJson, oldJson, "--fail-on", "info").Exit);

            var json = CliRun.Run("diff", oldJson, newJson, "--format", "json").Stdout;
            Assert.Contains("\"change\": \"New\"", json);
            Assert.Contains("\"id\": \"SinglePointOfFailure/app\"", json);

            var missing = CliRun.Run("diff", oldJson, _temp.Path("nope.json"));
            Assert.Equal(2, missing.Exit);
            Assert.Contains("nope.json: report file not found", missing.Stderr);
        }

        [Fact]
        public void Report_with_a_baseline_reports_and_gates_only_on_what_is_new()
        {
            var baseline = Json("baseline", WebTier);
            var same = _temp.Write("same.yaml", WebTier);
            var worse = _temp.Write("worse.yaml", WebTier.Replace("    instances: 2\n    zones: [us-east-1a, us-east-1b]", "    zones: [us-east-1a, us-east-1b]"));

            var unchanged = CliRun.Run("report", same, "--baseline", baseline, "--fail-on", "info");
            Assert.Equal(0, unchanged.Exit);
            Assert.Contains("No new findings in web-tier", unchanged.Stdout);

            var regressed = CliRun.Run("report", worse, "--baseline", baseline, "--fail-on", "high", "--format", "json");
            Assert.Equal(1, regressed.Exit);
            var ids = ReportJsonReader.Read(regressed.Stdout, "stdout").Findings.Select(f => f.Id).ToArray();
            Assert.Equal(new[] { "SinglePointOfFailure/app" }, ids);
        }

        [Fact]
        public void A_baseline_gates_on_a_risk_whose_acceptance_has_expired_as_diff_does()
        {
            var model = _temp.Write("accepted.yaml", WebTier);
            var accepted = _temp.Write("accepted-risks.yaml", "suppressions:\n  - {id: SinglePointOfFailure/db, justification: Replica ordered, owner: alice, expires: 2999-01-01}\n");
            var expired = _temp.Write("expired-risks.yaml", "suppressions:\n  - {id: SinglePointOfFailure/db, justification: Replica ordered, owner: alice, expires: 2020-01-01}\n");
            var baseline = _temp.Path("accepted.json");
            var (exit, _, stderr) = CliRun.Run("report", model, "--suppressions", accepted, "--format", "json", "--output", baseline);
            Assert.True(exit == 0, stderr);
            var now = _temp.Path("expired.json");
            CliRun.Run("report", model, "--suppressions", expired, "--format", "json", "--output", now);

            var diff = CliRun.Run("diff", baseline, now, "--fail-on", "high");
            var gated = CliRun.Run("report", model, "--suppressions", expired, "--baseline", baseline, "--fail-on", "high", "--format", "json");

            Assert.Equal(1, diff.Exit);
            Assert.Equal(1, gated.Exit);
            var ids = ReportJsonReader.Read(gated.Stdout, "stdout").Findings.Select(f => f.Id).ToArray();
            Assert.Contains("SinglePointOfFailure/db", ids);
        }

        [Fact]
        public void A_depth_2_report_reads_back_as_a_baseline_with_its_double_faults()
        {
            var file = _temp.Write("pairs.yaml", WebTier);
            var output = _temp.Path("pairs.json");
            Assert.Equal(0, CliRun.Run("report", file, "--depth", "2", "--format", "json", "--output", output).Exit);
            var doubles = ReportJsonReader.Load(output).Findings.Where(f => f.Kind == FindingKind.DoubleFault).ToArray();
            Assert.NotEmpty(doubles);
            Assert.All(doubles, f => Assert.True(f.Likelihood > 0, f.Id));

            var again = CliRun.Run("report", file, "--depth", "2", "--baseline", output, "--fail-on", "info");
            Assert.Equal(0, again.Exit);
            Assert.Contains("No new findings in web-tier", again.Stdout);
        }

        private string Json(string name, string yaml)
        {
            var file = _temp.Write(name + ".yaml", yaml);
            var output = _temp.Path(name + ".json");
            var (exit, _, stderr) = CliRun.Run("report", file, "--format", "json", "--output", output);
            Assert.True(exit == 0, stderr);
            return output;
        }

        private static SpofReport Analyse(string yaml) => new SpofAnalyzer().Analyze(new YamlModelLoader().LoadText(yaml, "web-tier.yaml"));

        private static Finding Make(Severity severity) =>
            new Finding(FindingKind.SinglePointOfFailure, severity, "db", TargetType.Component, new[] { "web" }, new[] { "web", "db" }, new[] { "db" }, "Add a replica.", "m");
    }
}
