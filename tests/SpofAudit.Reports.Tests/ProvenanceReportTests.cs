using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    /// <summary>A partial read says so in every format, and the JSON reader carries it on to baselines and diffs.</summary>
    public sealed class ProvenanceReportTests : IDisposable
    {
        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        public static TheoryData<ReportFormat> Formats() => new TheoryData<ReportFormat>((ReportFormat[])Enum.GetValues(typeof(ReportFormat)));

        [Theory]
        [MemberData(nameof(Formats))]
        public void Every_format_names_the_unread_parts_of_a_partial_read_and_only_then(ReportFormat format)
        {
            var partial = PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), format);
            var complete = PartialRead.Render(PartialRead.Complete(PartialRead.NatFinding()), format);

            Assert.Contains("rds:DescribeDBInstances in us-east-1", partial, StringComparison.Ordinal);
            Assert.Contains("elasticache:DescribeReplicationGroups in us-east-1", partial, StringComparison.Ordinal);
            Assert.DoesNotContain("DescribeDBInstances", complete, StringComparison.Ordinal);
        }

        [Fact]
        public void Table_and_Markdown_keep_their_incomplete_inventory_line()
        {
            var report = PartialRead.Report(PartialRead.NatFinding());

            var table = PartialRead.Render(report, ReportFormat.Table);
            Assert.EndsWith(Environment.NewLine + "Incomplete inventory: " + PartialRead.Line + Environment.NewLine, table, StringComparison.Ordinal);
            Assert.Contains(Environment.NewLine + "**Incomplete inventory:** " + PartialRead.Line + Environment.NewLine, PartialRead.Render(report, ReportFormat.Markdown), StringComparison.Ordinal);
        }

        [Fact]
        public void Json_keeps_the_incomplete_lines_and_adds_the_unread_parts_and_the_resource_ids()
        {
            using var doc = JsonDocument.Parse(PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Json));
            var root = doc.RootElement;

            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(new[] { PartialRead.Line }, root.GetProperty("incomplete").EnumerateArray().Select(e => e.GetString()));
            var unread = root.GetProperty("unread").EnumerateArray().ToArray();
            Assert.Equal(2, unread.Length);
            Assert.Equal("aws account 123456789012, regions us-east-1", unread[0].GetProperty("source").GetString());
            Assert.Equal("AwsAccount", unread[0].GetProperty("sourceKind").GetString());
            Assert.Equal("us-east-1", unread[0].GetProperty("scope").GetString());
            Assert.Equal("rds:DescribeDBInstances", unread[0].GetProperty("part").GetString());
            Assert.Equal("AccessDenied", unread[0].GetProperty("code").GetString());
            Assert.Equal("AccessDenied: not authorized", unread[0].GetProperty("reason").GetString());
            Assert.Equal(new[] { PartialRead.NatArn }, root.GetProperty("findings")[0].GetProperty("resourceIds").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public void A_complete_report_of_a_YAML_model_has_neither_unread_nor_resourceIds()
        {
            var json = PartialRead.Render(Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report, ReportFormat.Json);

            Assert.DoesNotContain("\"unread\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"incomplete\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"resourceIds\"", json, StringComparison.Ordinal);
        }

        [Fact]
        public void Csv_adds_trailing_ResourceIds_and_Incomplete_columns()
        {
            var rows = Rfc4180Reader.Read(PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Csv));

            Assert.Equal(new[] { "ResourceIds", "Incomplete" }, rows[0].Skip(16));
            Assert.Equal(new[] { "Id", "Kind", "Severity" }, rows[0].Take(3));
            Assert.Equal(2, rows.Count);
            Assert.Equal(PartialRead.NatArn, rows[1][16]);
            Assert.Equal(PartialRead.Line, rows[1][17]);
        }

        [Fact]
        public void A_partial_read_without_findings_still_gets_a_csv_row_that_says_so()
        {
            var rows = Rfc4180Reader.Read(PartialRead.Render(PartialRead.Report(), ReportFormat.Csv));

            Assert.Equal(2, rows.Count);
            Assert.All(rows[1].Take(17), cell => Assert.Equal(string.Empty, cell));
            Assert.Equal(PartialRead.Line, rows[1][17]);
        }

        [Fact]
        public void Html_says_the_inventory_is_incomplete_in_the_summary()
        {
            var html = PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Html);
            Assert.Contains("<p class=\"incomplete\">Incomplete inventory: " + PartialRead.Line + "</p>", html, StringComparison.Ordinal);
        }

        [Fact]
        public void Json_read_back_keeps_the_typed_unread_parts_and_the_resource_ids_and_writes_the_same_json()
        {
            var json = PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Json);

            var back = ReportJsonReader.Read(json, "partial.json");

            Assert.True(back.Provenance.IsIncomplete);
            Assert.Equal(new[] { PartialRead.Line }, back.Provenance.IncompleteLines);
            var part = back.Provenance.Unread[0];
            Assert.Equal(InventorySourceKind.AwsAccount, part.Source.Kind);
            Assert.Equal(("us-east-1", "rds:DescribeDBInstances", "AccessDenied"), (part.Scope, part.Part, part.Code));
            Assert.Same(part.Source, back.Provenance.Unread[1].Source);
            Assert.Equal(new[] { PartialRead.NatArn }, back.Findings[0].ResourceIds);
            Assert.Equal(json, PartialRead.Render(back, ReportFormat.Json));
        }

        [Fact]
        public void A_report_written_before_unread_existed_reads_back_as_incomplete()
        {
            var json = "{\"schemaVersion\": 1, \"model\": \"m\", \"incomplete\": [\"" + PartialRead.Line + "\"], \"findings\": []}";

            var back = ReportJsonReader.Read(json, "old.json");

            Assert.Equal(new[] { PartialRead.Line }, back.Provenance.IncompleteLines);
            Assert.False(ReportJsonReader.Read("{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": []}", "complete.json").Provenance.IsIncomplete);
        }

        [Fact]
        public void A_mistyped_unread_entry_is_an_error_at_its_position()
        {
            var json = "{\"schemaVersion\": 1, \"model\": \"m\",\n \"unread\": [{\"source\": 1}], \"findings\": []}";

            var error = Assert.Throws<SpofAudit.Diagnostics.SpofInputException>(() => ReportJsonReader.Read(json, "bad.json"));

            Assert.Contains("bad.json:2:", error.Message, StringComparison.Ordinal);
            Assert.Contains("'source'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_diff_of_a_partial_read_says_it_is_partial_in_every_diff_format()
        {
            var partial = _temp.Write("partial.json", PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Json));
            var complete = _temp.Write("complete.json", PartialRead.Render(PartialRead.Complete(PartialRead.NatFinding()), ReportFormat.Json));

            var table = CliRun.Run("diff", partial, complete);
            Assert.Equal(0, table.Exit);
            Assert.Contains($"Incomplete inventory in {partial}: {PartialRead.Line}", table.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain($"Incomplete inventory in {complete}", table.Stdout, StringComparison.Ordinal);

            Assert.Contains($"**Incomplete inventory in {partial}:** ", CliRun.Run("diff", partial, complete, "--format", "markdown").Stdout, StringComparison.Ordinal);

            using var doc = JsonDocument.Parse(CliRun.Run("diff", complete, partial, "--format", "json").Stdout);
            Assert.Equal(new[] { PartialRead.Line }, doc.RootElement.GetProperty("differenceIncomplete").EnumerateArray().Select(e => e.GetString()));
            Assert.False(doc.RootElement.TryGetProperty("referenceIncomplete", out _));
        }

        [Fact]
        public void A_report_against_a_partial_baseline_warns_that_the_baseline_was_partial()
        {
            var baseline = _temp.Write("baseline.json", PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Json));

            var (exit, _, stderr) = CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--baseline", baseline);

            Assert.Equal(0, exit);
            Assert.Contains($"the baseline {baseline} came from an incomplete inventory: {PartialRead.Line}", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("incomplete", CliRun.Run("report", RepositoryPaths.Example("web-tier.yaml"), "--baseline", _temp.Write("full.json", PartialRead.Render(PartialRead.Complete(), ReportFormat.Json))).Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void A_partial_read_through_json_baseline_and_diff_stays_partial()
        {
            // Report of a partial read -> JSON -> read back as a baseline -> a report that keeps the findings not in
            // the baseline -> JSON -> diff: each step keeps saying which parts were not read.
            var first = _temp.Write("first.json", PartialRead.Render(PartialRead.Report(PartialRead.NatFinding()), ReportFormat.Json));
            var baseline = ReportJsonReader.Load(first);
            var current = PartialRead.Report(PartialRead.NatFinding(), new Finding(
                FindingKind.SinglePointOfFailure, Severity.High, "shop-sessions", TargetType.Component, new[] { "shop-alb" },
                new[] { "shop-alb", "shop-sessions" }, new[] { "shop-sessions" }, "Add a replica.", "aws-123456789012"));
            var fresh = ReportComparer.NotInBaseline(current.Findings, baseline.Findings);
            var second = _temp.Write("second.json", PartialRead.Render(new SpofReport(current.Model, current.Entrypoints, current.Provenance, current.ComponentCount, fresh), ReportFormat.Json));

            Assert.Equal(new[] { PartialRead.Line }, ReportJsonReader.Load(second).Provenance.IncompleteLines);
            var diff = CliRun.Run("diff", first, second, "--format", "json");
            using var doc = JsonDocument.Parse(diff.Stdout);
            Assert.Equal(new[] { PartialRead.Line }, doc.RootElement.GetProperty("referenceIncomplete").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(new[] { PartialRead.Line }, doc.RootElement.GetProperty("differenceIncomplete").EnumerateArray().Select(e => e.GetString()));
        }
    }
}
