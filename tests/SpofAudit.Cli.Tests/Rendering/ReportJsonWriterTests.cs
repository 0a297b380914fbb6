using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Findings;
using SpofAudit.Rendering;

namespace SpofAudit.Cli.Tests.Rendering
{
    public class ReportJsonWriterTests
    {
        private static JsonElement Render(SpofReport report)
        {
            var text = new StringWriter();
            ReportRenderer.Write(report, ReportFormat.Json, text);
            return JsonDocument.Parse(text.ToString()).RootElement.Clone();
        }

        [Fact]
        public void Report_has_the_design_keys_in_order()
        {
            var root = Render(SampleReports.WebTier());
            Assert.Equal(new[] { "schemaVersion", "model", "findings" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("web-tier", root.GetProperty("model").GetString());
            var first = root.GetProperty("findings")[1];
            Assert.Equal(
                new[] { "id", "kind", "severity", "target", "targetType", "affects", "path", "components", "recommendation" },
                first.EnumerateObject().Select(p => p.Name));
            Assert.Equal("SinglePointOfFailure/db", first.GetProperty("id").GetString());
            Assert.Equal("SinglePointOfFailure", first.GetProperty("kind").GetString());
            Assert.Equal("High", first.GetProperty("severity").GetString());
            Assert.Equal("Component", first.GetProperty("targetType").GetString());
            Assert.Equal(new[] { "lb", "app", "db" }, first.GetProperty("path").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public void Empty_report_has_an_empty_findings_array()
        {
            var root = Render(SampleReports.Report());
            Assert.Equal(JsonValueKind.Array, root.GetProperty("findings").ValueKind);
            Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        }

        [Fact]
        public void Filter_keeps_only_selected_findings()
        {
            var text = new StringWriter();
            ReportRenderer.Write(SampleReports.WebTier(), ReportFormat.Json, text, new FindingFilter(new[] { FindingKind.SingleRegionRisk }));
            var findings = JsonDocument.Parse(text.ToString()).RootElement.GetProperty("findings");
            Assert.Equal("SingleRegionRisk/us-east-1", Assert.Single(findings.EnumerateArray()).GetProperty("id").GetString());
        }

        [Fact]
        public void Awkward_names_stay_valid_json()
        {
            var report = SampleReports.Report(SampleReports.Finding(FindingKind.SinglePointOfFailure, Severity.High, "d\"b\\\n\u00e9", recommendation: "use \"quotes\""));
            var finding = Render(report).GetProperty("findings")[0];
            Assert.Equal("d\"b\\\n\u00e9", finding.GetProperty("target").GetString());
        }
    }
}
