using System;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Pipeline;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Knowledge concentrations (two or three people who together alone can operate something an entrypoint needs) and
    /// the truck factor per entrypoint, on examples/shared-database-owners.yaml and small models written here.
    /// </summary>
    public class KnowledgeConcentrationTests
    {
        private static readonly FindingKind Kind = FindingKind.Parse("KnowledgeConcentration");

        private static SpofReport Example() =>
            new SpofAnalyzer().Analyze(new YamlModelLoader().Load(new[] { Path.Combine(RepositoryRoot(), "examples", "shared-database-owners.yaml") }));

        private static SpofReport Analyze(string components, string entrypoints = "[web]") =>
            new SpofAnalyzer().Analyze(new YamlModelLoader().LoadText(
                "apiVersion: spofaudit/v1\nname: people\nentrypoints: " + entrypoints + "\npeople: {alice: {}, bob: {}, carol: {}, dave: {}}\nteams: {ops: [alice, bob, carol, dave]}\ncomponents:\n" + components,
                "people.yaml"));

        [Fact]
        public void The_two_only_owners_of_the_database_are_a_knowledge_concentration_of_both_entrypoints()
        {
            var finding = Example().Findings.Single(f => f.Id == "KnowledgeConcentration/alice+bob");

            Assert.Equal(Kind, finding.Kind);
            Assert.Equal(TargetType.People, finding.TargetType);
            Assert.Equal(new[] { "back-office", "shop" }, finding.Affects);
            Assert.Equal(new[] { "orders-db" }, finding.Components);
            Assert.Equal(new[] { "back-office", "orders-db", "alice+bob" }, finding.Path);
            // A pair starts Low; the shop it affects is criticality: high.
            Assert.Equal(Severity.Medium, finding.Severity);
            Assert.Contains("owners: [alice, bob, <someone else>]", finding.Recommendation, StringComparison.Ordinal);
            Assert.Contains("runbook", finding.Recommendation, StringComparison.Ordinal);
        }

        [Fact]
        public void A_team_of_three_is_a_concentration_of_three_and_a_soft_dependency_does_not_count()
        {
            var findings = Example().Findings.Where(f => f.Kind == Kind).ToArray();

            Assert.Equal(new[] { "KnowledgeConcentration/alice+bob", "KnowledgeConcentration/carol+dave+erin" }, findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
            var team = findings.Single(f => f.Target == "carol+dave+erin");
            Assert.Equal(new[] { "back-office", "shop" }, team.Components);
            // Three people start at Info; the shop's high criticality raises them to Low.
            Assert.Equal(Severity.Low, team.Severity);
            Assert.DoesNotContain(Example().Findings, f => f.Kind == FindingKind.PersonnelDependency);
        }

        [Fact]
        public void The_example_has_a_truck_factor_of_two_for_each_entrypoint()
        {
            var factors = Example().TruckFactors.Select(f => $"{f.Entrypoint}={f.TruckFactor}");

            Assert.Equal(new[] { "back-office=2", "shop=2" }, factors);
        }

        [Fact]
        public void A_pair_that_contains_a_sole_owner_of_the_same_entrypoint_is_not_minimal()
        {
            var report = Analyze(
                "  web: {dependsOn: [db, api], owners: [alice]}\n  db: {owners: [alice, bob]}\n  api: {owners: [carol, dave]}\n");

            Assert.Equal(new[] { "KnowledgeConcentration/carol+dave", "PersonnelDependency/alice" }, report.Findings.Where(f => f.TargetType == TargetType.People || f.TargetType == TargetType.Person).Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
            Assert.Equal(1, report.TruckFactors.Single().TruckFactor);
        }

        [Fact]
        public void Without_criticality_a_pair_is_Low_and_three_people_Info()
        {
            var report = Analyze("  web: {dependsOn: [db, api]}\n  db: {owners: [alice, bob]}\n  api: {owners: [alice, carol, dave]}\n");

            Assert.Equal(Severity.Low, report.Findings.Single(f => f.Target == "alice+bob").Severity);
            Assert.Equal(Severity.Info, report.Findings.Single(f => f.Target == "alice+carol+dave").Severity);
        }

        [Fact]
        public void Four_owners_are_no_finding_but_the_truck_factor_still_counts_them()
        {
            var report = Analyze("  web: {dependsOn: [db]}\n  db: {owners: [ops]}\n");

            Assert.DoesNotContain(report.Findings, f => f.Kind == Kind);
            Assert.Equal(4, report.TruckFactors.Single().TruckFactor);
        }

        [Fact]
        public void The_json_report_lists_each_entrypoints_truck_factor_and_null_where_no_owner_is_named()
        {
            var report = Analyze("  web: {dependsOn: [db]}\n  db: {owners: [alice, bob]}\n  batch: {}\n", "[web, batch]");
            var json = new StringWriter();

            ReportRenderer.Write(report, ReportFormat.Json, json);

            // Each entrypoint's owners follow its truck factor (additive keys of schema version 1); the layout is otherwise as it was.
            Assert.Contains(
                "\"truckFactors\": [\n    {\n      \"entrypoint\": \"batch\",\n      \"truckFactor\": null\n    },\n    {\n      \"entrypoint\": \"web\",\n      \"truckFactor\": 2,\n      \"operators\": [\n" +
                "        {\n          \"component\": \"db\",\n          \"owner\": \"alice\",\n          \"people\": [\"alice\"],\n          \"evidence\": [\n            {\n              \"source\": \"people.yaml:8:3\",\n              \"description\": \"named in the component's owners\"\n            }\n          ]\n        },\n" +
                "        {\n          \"component\": \"db\",\n          \"owner\": \"bob\",\n          \"people\": [\"bob\"],\n          \"evidence\": [\n            {\n              \"source\": \"people.yaml:8:3\",\n              \"description\": \"named in the component's owners\"\n            }\n          ]\n        }\n      ]\n    }\n  ]",
                json.ToString().Replace("\r\n", "\n"),
                StringComparison.Ordinal);
            Assert.Contains("\"schemaVersion\": 1", json.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_json_report_of_a_model_without_owners_has_no_truck_factors()
        {
            var json = new StringWriter();

            ReportRenderer.Write(Analyze("  web: {dependsOn: [db]}\n  db: {}\n"), ReportFormat.Json, json);

            Assert.DoesNotContain("truckFactors", json.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void An_accepted_concentration_is_kept_by_id_a_baseline_leaves_it_out_and_the_truck_factors_stay_in_the_json()
        {
            using var files = new TempFiles();
            var model = new YamlModelLoader().Load(new[] { Path.Combine(RepositoryRoot(), "examples", "shared-database-owners.yaml") });
            var accepted = files.Write("accepted.yaml",
                "apiVersion: spofaudit/v1\nsuppressions:\n  - id: KnowledgeConcentration/alice+bob\n    justification: carol is learning the database\n    owner: dba-lead\n");
            var first = new ReportPipeline().Run(model, new ReportRequest { AcceptedRisksFile = accepted }, new NullHost());
            var baseline = files.Write("baseline.json", Json(first.Selection));

            var second = new ReportPipeline().Run(model, new ReportRequest { AcceptedRisksFile = accepted, BaselineFile = baseline }, new NullHost());

            Assert.True(first.Findings.Single(f => f.Id == "KnowledgeConcentration/alice+bob").IsSuppressed);
            Assert.Contains("\"id\": \"KnowledgeConcentration/alice+bob\"", File.ReadAllText(baseline), StringComparison.Ordinal);
            Assert.DoesNotContain(second.Findings, f => f.Kind == Kind);
            Assert.Contains("\"entrypoint\": \"shop\",\n      \"truckFactor\": 2", Json(second.Selection).Replace("\r\n", "\n"), StringComparison.Ordinal);
        }

        [Fact]
        public void Findings_exported_with_their_model_keep_the_truck_factors()
        {
            var model = new YamlModelLoader().Load(new[] { Path.Combine(RepositoryRoot(), "examples", "shared-database-owners.yaml") });
            var findings = new SpofAnalyzer().Analyze(model).Findings.Where(f => f.Kind == Kind).ToArray();

            var exported = ExportedReport.Of(findings, model);

            Assert.Equal(new[] { "back-office: 2", "shop: 2" }, exported.TruckFactors.Select(f => f.ToString()));
            Assert.Empty(ExportedReport.Of(findings, null).TruckFactors);
        }

        private static string Json(ReportSelection selection)
        {
            var text = new StringWriter();
            ReportRenderer.Write(selection, ReportFormat.Json, text);
            return text.ToString();
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "SpofAudit.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("SpofAudit.slnx not found above the test folder");
        }
    }
}
