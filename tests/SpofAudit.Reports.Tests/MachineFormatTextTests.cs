using SpofAudit.Diagnostics;
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Findings;
using SpofAudit.Rendering;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// The machine formats keep a name exactly as it is, control characters and escape sequences included, escaped
    /// only as their format requires: only text meant for a terminal or a person is made visible (VisibleText).
    /// </summary>
    public class MachineFormatTextTests
    {
        private const string Hostile = "db\u001b[31mred\nFAKE\u202E";

        [Fact]
        public void Json_Csv_and_Sarif_keep_a_hostile_name_exactly()
        {
            var finding = new Finding(FindingKind.SinglePointOfFailure, Severity.High, Hostile, TargetType.Component, new[] { "web" },
                new[] { "web", Hostile }, new[] { Hostile }, "Add a replica.", "m", null);
            var report = new SpofReport("m", new[] { "web" }, new string[0], 2, new[] { finding });

            var json = JsonDocument.Parse(Render(report, ReportFormat.Json));
            Assert.Equal(Hostile, json.RootElement.GetProperty("findings")[0].GetProperty("target").GetString());

            var rows = Rfc4180Reader.Read(Render(report, ReportFormat.Csv));
            Assert.Contains(Hostile, rows[1]);

            var sarif = Render(report, ReportFormat.Sarif);
            Assert.DoesNotContain('\u001b', sarif);
            Assert.Contains(Strings(JsonDocument.Parse(sarif).RootElement), s => s.Contains(Hostile, StringComparison.Ordinal));
        }

        private static string[] Strings(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.String => new[] { element.GetString()! },
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)).ToArray(),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings).ToArray(),
            _ => Array.Empty<string>(),
        };

        private static string Render(SpofReport report, ReportFormat format)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), format, text, new ReportOptions(DateTimeOffset.UnixEpoch, Severity.High, hostName: "h"));
            return text.ToString();
        }
    }
}
