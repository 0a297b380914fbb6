using System;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.OnCall;
using SpofAudit.Model;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// On-call schedule exports read from files in the providers' documented shapes (tests/corpus/oncall, sources named
    /// in its SOURCES): who is in each rotation over the export's window, and when nobody is on call.
    /// </summary>
    public sealed class OnCallExportTests : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spof-oncall-" + Guid.NewGuid().ToString("N")));

        [Fact]
        public void PagerDutys_reference_example_is_one_person_covering_three_eighths_of_the_window()
        {
            var schedule = Assert.Single(Read(Corpus("pagerduty-get-schedule.json")).Schedules);

            var rotation = schedule.Rotation;
            Assert.Equal("PagerDuty", rotation.Provider);
            Assert.Equal("Daily Engineering Rotation", rotation.Schedule);
            Assert.Equal("PI7DH85", schedule.Id);
            Assert.Equal(new[] { "Another Escalation Policy" }, schedule.ServiceNames);
            Assert.Equal(new[] { "Regina Phalange" }, rotation.People);

            // One rendered entry: no gap between entries, but 37.5% coverage leaves 62.5% of the since/until window uncovered.
            Assert.True(rotation.CoverageKnown);
            Assert.Empty(rotation.Gaps);
            Assert.Equal(62.5, rotation.UncoveredPercent);
            Assert.True(rotation.HasGaps);
            Assert.Equal(8, rotation.Source.Line);
        }

        [Fact]
        public void A_PagerDuty_schedule_without_its_final_schedule_has_the_layers_people_and_unknown_coverage()
        {
            var rotation = Assert.Single(Read(Corpus("pagerduty-get-schedule.without-final-schedule.json")).Schedules).Rotation;

            Assert.Equal(new[] { "Regina Phalange" }, rotation.People);
            Assert.False(rotation.CoverageKnown);
            Assert.False(rotation.HasGaps);
        }

        [Fact]
        public void Opsgenies_timeline_has_its_people_over_every_rotation_and_the_night_nobody_covers()
        {
            var schedule = Assert.Single(Read(Corpus("opsgenie-get-schedule-timeline.json")).Schedules);

            var rotation = schedule.Rotation;
            Assert.Equal("Opsgenie", rotation.Provider);
            Assert.Equal("Payments DB_schedule", rotation.Schedule);
            Assert.Equal(new[] { "john.doe@opsgenie.com", "jane.roe@opsgenie.com" }, rotation.People);

            // The weekend rotation's period with recipient type "none" is the one gap of the week.
            var gap = Assert.Single(rotation.Gaps);
            Assert.Equal(DateTimeOffset.Parse("2017-05-13T21:00:00Z", System.Globalization.CultureInfo.InvariantCulture), gap.Start);
            Assert.Equal(TimeSpan.FromHours(12), gap.Duration);
            Assert.Equal("2017-05-13 21:00 to 2017-05-14 09:00 UTC (12h)", gap.ToString());
        }

        [Fact]
        public void Gaps_at_the_edges_of_an_Opsgenie_window_count_and_shifts_outside_it_do_not()
        {
            var file = Write("edges.json", """
                {"data": {"_parent": {"id": "s1", "name": "db"}, "startDate": "2024-01-01T00:00:00Z", "endDate": "2024-01-02T00:00:00Z",
                  "finalTimeline": {"rotations": [{"name": "r", "periods": [
                    {"startDate": "2023-12-30T00:00:00Z", "endDate": "2023-12-31T00:00:00Z", "recipient": {"type": "user", "name": "gone@example.com"}},
                    {"startDate": "2024-01-01T06:00:00Z", "endDate": "2024-01-01T18:00:00Z", "recipient": {"type": "user", "name": "ann@example.com"}}]}]}}}
                """);

            var rotation = Assert.Single(Read(file).Schedules).Rotation;

            Assert.Equal(new[] { "ann@example.com" }, rotation.People);
            Assert.Equal(new[] { TimeSpan.FromHours(6), TimeSpan.FromHours(6) }, rotation.Gaps.Select(g => g.Duration).ToArray());
        }

        [Fact]
        public void Opsgenies_rotation_definitions_are_an_unknown_shape_never_a_guess()
        {
            var exports = Read(Corpus("opsgenie-list-schedule-rotations.json"));

            Assert.Empty(exports.Schedules);
        }

        [Fact]
        public void Malformed_JSON_is_one_error_at_its_line_and_column()
        {
            var file = Write("broken.json", "{\"schedule\": {\n  \"name\": \"db\",\n  \"final_schedule\": [1, }\n}");
            var diagnostics = new System.Collections.Generic.List<SpofDiagnostic>();

            OnCallExports.Read(new[] { file }, diagnostics);

            var error = Assert.Single(diagnostics);
            Assert.Equal(file, error.Location.File);
            Assert.Equal(3, error.Location.Line);
            Assert.StartsWith("not valid JSON: ", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_mistyped_field_of_a_recognised_export_is_located()
        {
            var file = Write("typo.json", "{\"schedule\": {\"name\": \"db\",\n \"final_schedule\": {\"rendered_schedule_entries\": [{\"start\": \"yesterday\", \"end\": \"2024-01-01T00:00:00Z\"}]}}}");
            var diagnostics = new System.Collections.Generic.List<SpofDiagnostic>();

            OnCallExports.Read(new[] { file }, diagnostics);

            var error = Assert.Single(diagnostics);
            Assert.Equal((2, DiagnosticCodes.InvalidValue), (error.Location.Line, error.Code));
            Assert.Contains("'start' of a rendered schedule entry is not a date-time: 'yesterday'", error.Message, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Delete(recursive: true);

        private static OnCallExports Read(string path)
        {
            var diagnostics = new System.Collections.Generic.List<SpofDiagnostic>();
            var exports = OnCallExports.Read(new[] { path }, diagnostics);
            Assert.Empty(diagnostics);
            return exports;
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
