using System.Collections.Generic;
using SpofAudit.Findings;

namespace SpofAudit.Cli.Tests.Rendering
{
    /// <summary>Hand-built reports, so renderer tests do not depend on the loader or the engine.</summary>
    internal static class SampleReports
    {
        public static Finding Finding(FindingKind kind, Severity severity, string target, TargetType type = TargetType.Component, string recommendation = "Add a second one.", params string[] path) =>
            new Finding(kind, severity, target, type, new[] { "lb" }, path.Length == 0 ? new[] { "lb", target } : path, new[] { target }, recommendation, "web-tier");

        public static SpofReport Report(params Finding[] findings) =>
            new SpofReport("web-tier", new[] { "lb" }, new[] { "web-tier.yaml" }, 4, findings);

        public static SpofReport WebTier() => Report(
            Finding(FindingKind.SinglePointOfFailure, Severity.High, "lb", path: new[] { "lb" }),
            Finding(FindingKind.SinglePointOfFailure, Severity.High, "db", path: new[] { "lb", "app", "db" }),
            Finding(FindingKind.SingleZoneRisk, Severity.High, "us-east-1a", TargetType.Zone),
            Finding(FindingKind.SingleRegionRisk, Severity.Medium, "us-east-1", TargetType.Region),
            Finding(FindingKind.DegradationRisk, Severity.Low, "cache", recommendation: new string('x', 20) + " " + string.Join(" ", new List<string>(System.Linq.Enumerable.Repeat("word", 60)))));
    }
}
