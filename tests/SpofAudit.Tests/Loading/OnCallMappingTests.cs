using System;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Testing;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// Schedule exports given with a model operate its components: by a component's <c>oncall:</c> key or by its name.
    /// A rotation's people join the component's operators with the rotation as evidence; one person or gaps is an
    /// <c>OnCallCoverage</c> finding; what cannot be matched or read is an incomplete entry, never a guess.
    /// </summary>
    public sealed class OnCallMappingTests : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spof-oncall-map-" + Guid.NewGuid().ToString("N")));

        [Fact]
        public void The_oncall_key_names_a_schedule_whose_lone_person_becomes_an_evidenced_operator_and_a_finding()
        {
            var model = LoadWith(
                new[] { Corpus("pagerduty-get-schedule.json") },
                "entrypoints: [api]",
                "components:",
                "  api: {instances: 2, dependsOn: [payments-db]}",
                "  payments-db: {instances: 2, oncall: Daily Engineering Rotation}");

            var db = model.FindComponent("payments-db")!;
            Assert.Equal(new[] { "Regina Phalange" }, db.Owners);
            var evidence = Assert.Single(db.Evidence);
            Assert.Equal("alone on the payments-db rotation (PagerDuty schedule 'Daily Engineering Rotation')", evidence.Description);
            Assert.Equal((Corpus("pagerduty-get-schedule.json"), 8), (evidence.Source.File, evidence.Source.Line));
            Assert.False(model.Provenance.IsIncomplete);

            var report = new SpofAnalyzer().Analyze(model);
            var coverage = Assert.Single(report.Findings, f => f.Kind.Name == "OnCallCoverage");
            Assert.Equal(("payments-db", TargetType.Component, Severity.Medium), (coverage.Target, coverage.TargetType, coverage.Severity));
            Assert.Equal(new[] { "api" }, coverage.Affects);
            Assert.Contains("Regina Phalange is alone on the payments-db rotation (PagerDuty schedule 'Daily Engineering Rotation'): add a second member", coverage.Recommendation, StringComparison.Ordinal);
            Assert.Contains("has nobody on call for 62.5% of the export's window", coverage.Recommendation, StringComparison.Ordinal);

            // The sole person on call is also the component's only operator: a personnel dependency naming the rotation.
            var person = Assert.Single(report.Findings, f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal("Regina Phalange", person.Target);
            Assert.Contains("Evidence: alone on the payments-db rotation (PagerDuty schedule 'Daily Engineering Rotation') at ", person.Recommendation, StringComparison.Ordinal);
            Assert.Contains("Also: add a second member to that rotation.", person.Recommendation, StringComparison.Ordinal);
        }

        [Fact]
        public void Without_the_key_a_schedule_maps_to_the_component_its_name_or_escalation_policy_names()
        {
            var model = LoadWith(
                new[] { Corpus("pagerduty-get-schedule.json"), Corpus("opsgenie-get-schedule-timeline.json") },
                "components:",
                "  another escalation policy: {instances: 2}",
                "  payments db_schedule: {instances: 2}",
                "  unrelated: {instances: 2}");

            Assert.Equal(new[] { "Regina Phalange" }, model.FindComponent("another escalation policy")!.Owners);
            Assert.Equal(new[] { "john.doe@opsgenie.com", "jane.roe@opsgenie.com" }, model.FindComponent("payments db_schedule")!.Owners);
            Assert.Equal(
                "on the payments db_schedule rotation (Opsgenie schedule 'Payments DB_schedule', 2 people)",
                model.FindComponent("payments db_schedule")!.Evidence[0].Description);
            Assert.Empty(model.FindComponent("unrelated")!.Owners);
            Assert.False(model.Provenance.IsIncomplete);
        }

        [Fact]
        public void A_gap_alone_is_a_finding_that_names_the_first_gap()
        {
            var model = LoadWith(
                new[] { Corpus("opsgenie-get-schedule-timeline.json") },
                "components:",
                "  db: {instances: 2, oncall: Payments DB_schedule, criticality: high}");

            var coverage = Assert.Single(new SpofAnalyzer().Analyze(model).Findings, f => f.Kind.Name == "OnCallCoverage");
            Assert.Equal(Severity.High, coverage.Severity);
            Assert.DoesNotContain("alone", coverage.Recommendation, StringComparison.Ordinal);
            Assert.Contains(
                "Opsgenie schedule 'Payments DB_schedule' has nobody on call once (12h in all), first 2017-05-13 21:00 to 2017-05-14 09:00 UTC (12h): fill the gap hours",
                coverage.Recommendation,
                StringComparison.Ordinal);
        }

        [Fact]
        public void A_full_rotation_of_several_people_is_no_finding()
        {
            var file = Write("full.json", """
                {"data": {"_parent": {"name": "db"}, "startDate": "2024-01-01T00:00:00Z", "endDate": "2024-01-03T00:00:00Z",
                  "finalTimeline": {"rotations": [{"periods": [
                    {"startDate": "2024-01-01T00:00:00Z", "endDate": "2024-01-02T00:00:00Z", "recipient": {"type": "user", "name": "ann"}},
                    {"startDate": "2024-01-02T00:00:00Z", "endDate": "2024-01-03T00:00:00Z", "recipient": {"type": "user", "name": "ben"}}]}]}}}
                """);
            var model = LoadWith(new[] { file }, "components:", "  db: {instances: 2}");

            var report = new SpofAnalyzer().Analyze(model);
            Assert.DoesNotContain(report.Findings, f => f.Kind.Name == "OnCallCoverage");
            Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal(new[] { "ann", "ben" }, model.FindComponent("db")!.Owners);
        }

        [Fact]
        public void An_export_in_an_unknown_shape_is_an_incomplete_entry_naming_the_file()
        {
            var rotations = Corpus("opsgenie-list-schedule-rotations.json");
            var model = LoadWith(new[] { rotations }, "components:", "  db: {instances: 2}");

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal("unknown shape", part.Reason);
            Assert.StartsWith(rotations + ": not a PagerDuty schedule (GET /schedules/{id} with since and until) or an Opsgenie timeline", part.Description, StringComparison.Ordinal);
            Assert.Equal("on-call exports: " + rotations, part.Source.Description);
            Assert.Empty(model.FindComponent("db")!.Owners);
        }

        [Fact]
        public void An_oncall_key_naming_no_schedule_given_is_an_incomplete_entry()
        {
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  db: {instances: 2, oncall: Payments}"));

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal("db: oncall names schedule 'Payments' at arch.yaml:3:30, but no on-call export was given (--oncall, -OnCallSchedule), so who is on call for it is not known", part.Description);
        }

        [Fact]
        public void A_schedule_that_matches_no_component_is_an_incomplete_entry()
        {
            var model = LoadWith(new[] { Corpus("pagerduty-get-schedule.json") }, "components:", "  db: {instances: 2}");

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal("no component", part.Reason);
            Assert.EndsWith("PagerDuty schedule 'Daily Engineering Rotation' matches no component by name; give the component it serves oncall: Daily Engineering Rotation", part.Description, StringComparison.Ordinal);
        }

        [Fact]
        public void A_rotation_without_shifts_has_its_people_and_says_its_coverage_is_not_known()
        {
            var model = LoadWith(
                new[] { Corpus("pagerduty-get-schedule.without-final-schedule.json") },
                "components:",
                "  db: {instances: 2, oncall: PI7DH85}");

            Assert.Equal(new[] { "Regina Phalange" }, model.FindComponent("db")!.Owners);
            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal("no shifts", part.Reason);
            Assert.Contains("but no shifts (export it with since and until), so gaps in its coverage are not known", part.Description, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Delete(recursive: true);

        private SpofModel LoadWith(string[] exports, params string[] lines)
        {
            var file = Write("arch.yaml", Yaml(new[] { Header.TrimEnd('\n') }.Concat(lines).ToArray()));
            return new YamlModelLoader { OnCallExports = exports }.Load(new[] { file });
        }

        private static string Corpus(string name) => Path.Combine(RepositoryFolder.Root, "tests", "corpus", "oncall", name);

        private string Write(string name, string text)
        {
            var path = Path.Combine(_folder.FullName, name);
            File.WriteAllText(path, text);
            return path;
        }
    }
}
