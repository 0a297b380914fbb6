using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// On-call exports through the CLI (<c>report --oncall FILE</c>, repeatable): the rotation's people are operators
    /// with evidence, a lone person or a gap is an <c>OnCallCoverage</c> finding in every format, an export in an
    /// unknown shape is a warning and an incomplete report, and the README's walk-through prints what it shows.
    /// </summary>
    public sealed class OnCallEvidenceTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        [Fact]
        public void The_personnel_example_reports_the_lone_person_on_call_and_the_gap()
        {
            var result = Cli.Run("report", Examples.Path("personnel/payments-oncall.yaml"), "--oncall", Examples.Path("personnel/ledger-db.pagerduty.json"));

            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Equal(string.Empty, result.Stderr);
            var text = result.Stdout.Replace("\n     ", " ");
            Assert.Contains("OnCallCoverage/ledger-db: carol is alone on the ledger-db rotation (PagerDuty schedule 'Ledger DB')", text);
            Assert.Contains("Evidence: alone on the ledger-db rotation (PagerDuty schedule 'Ledger DB') at ", text);
            Assert.DoesNotContain("Incomplete inventory", result.Stdout);
        }

        [Fact]
        public void The_new_kind_is_in_the_JSON_report_and_selectable_with_kind()
        {
            var result = Cli.Run(
                "report", Examples.Path("personnel/payments-oncall.yaml"), "--oncall", Examples.Path("personnel/ledger-db.pagerduty.json"),
                "--format", "json", "--kind", "OnCallCoverage");

            using var json = JsonDocument.Parse(result.Stdout);
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("OnCallCoverage", finding.GetProperty("kind").GetString());
            Assert.Equal("OnCallCoverage/ledger-db", finding.GetProperty("id").GetString());
            Assert.Equal("Component", finding.GetProperty("targetType").GetString());
        }

        [Fact]
        public void Oncall_is_repeatable_and_each_export_maps_to_its_component()
        {
            var model = _files.Write("two.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  a: {instances: 2, oncall: PI7DH85}\n  b: {instances: 2, oncall: Payments DB_schedule}\n");

            var result = Cli.Run("report", model, "--oncall", Corpus("pagerduty-get-schedule.json"), "--oncall", Corpus("opsgenie-get-schedule-timeline.json"));

            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Contains("OnCallCoverage/a", result.Stdout);
            Assert.Contains("OnCallCoverage/b", result.Stdout);
            Assert.Equal(string.Empty, result.Stderr);
        }

        [Fact]
        public void An_export_in_an_unknown_shape_is_a_warning_an_incomplete_report_and_a_failed_gate()
        {
            var model = _files.Write("db.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  db: {instances: 2}\n");
            var rotations = Corpus("opsgenie-list-schedule-rotations.json");

            var report = Cli.Run("report", model, "--oncall", rotations);
            Assert.Equal(0, report.ExitCode);
            Assert.Contains($"warning: {rotations}: not a PagerDuty schedule (GET /schedules/{{id}} with since and until) or an Opsgenie timeline", report.Stderr);
            Assert.Contains("Incomplete inventory: on-call exports: ", report.Stdout);

            Assert.Equal(4, Cli.Run("report", model, "--oncall", rotations, "--fail-on", "low").ExitCode);
        }

        [Fact]
        public void Malformed_JSON_is_one_located_error_line()
        {
            var model = _files.Write("db.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  db: {instances: 2}\n");
            var broken = _files.Write("broken.json", "{\"schedule\": {\n  \"name\": ,\n}}");

            var result = Cli.Run("report", model, "--oncall", broken);

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith($"spofaudit: {broken}:2:11: not valid JSON: ", line);
        }

        [Fact]
        public void Oncall_with_a_live_cloud_read_is_a_usage_error()
        {
            var result = Cli.Run("report", "--aws", "--oncall", Corpus("pagerduty-get-schedule.json"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--oncall goes with FILE arguments (spofaudit/v1 models), not with --aws or --azure", result.Stderr);
        }

        [Fact]
        public void Oncall_with_a_cloud_export_is_refused_not_dropped()
        {
            var export = Examples.Path("azure/single-zone-webapp.json");
            var schedule = Corpus("pagerduty-get-schedule.json");

            var result = Cli.Run("report", export, "--oncall", schedule);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{schedule}: on-call exports are read with spofaudit/v1 model files only, not with AWS or Azure exports", result.Stderr);
        }

        [Fact]
        public void The_readme_walkthrough_prints_what_it_shows()
        {
            var readme = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "README.md")).Replace("\r\n", "\n");
            var block = Regex.Match(readme, @"```text\n(\$ spofaudit report examples/personnel/payments-oncall\.yaml[^\n]*)\n\.\.\.\n(.*?)\n```", RegexOptions.Singleline);
            Assert.True(block.Success, "the README has no on-call walk-through");
            var shown = block.Groups[2].Value.Split('\n');

            var output = Run(RepositoryFolder.Root, block.Groups[1].Value.Substring("$ spofaudit ".Length).Split(' '));

            var lines = output.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).ToArray();
            var start = Array.IndexOf(lines, shown[0]);
            Assert.True(start >= 0, "the first line the README shows is not printed:\n" + output);
            Assert.Equal(shown, lines.Skip(start).Take(shown.Length));
        }

        public void Dispose() => _files.Dispose();

        private static string Corpus(string name) => Path.Combine(RepositoryFolder.Root, "tests", "corpus", "oncall", name);

        /// <summary>The built spofaudit in <paramref name="folder"/>, as the README's reader runs it: relative paths print as written.</summary>
        private static string Run(string folder, string[] args)
        {
            var result = SpofauditProcess.Run(folder, args);
            Assert.True(result.ExitCode == 0, result.Stderr);
            return result.Stdout;
        }
    }
}
