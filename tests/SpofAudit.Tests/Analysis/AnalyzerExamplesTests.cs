using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>The docs/design.md §3 webshop, built in code, and the findings a reader of the design expects.</summary>
    public class AnalyzerExamplesTests
    {
        private static Instance Inst(string name, string zone, string region, params string[] domains) =>
            new Instance(name, zone, region, domains, SourceLocation.None);

        private static Component Comp(string name, string? kind, IReadOnlyList<Instance> instances, IReadOnlyList<Dependency> deps, int minHealthy = 1, IReadOnlyList<string>? owners = null, ComponentScope scope = ComponentScope.None, string? region = null) =>
            new Component(name, kind, instances, minHealthy, scope, region, Array.Empty<string>(), Array.Empty<string>(), deps, owners ?? Array.Empty<string>(), null, ReplicationMode.None, null, null, new Dictionary<string, string>(), SourceLocation.None);

        private static SpofModel Webshop()
        {
            var components = new[]
            {
                Comp("lb", "loadbalancer", new[] { Inst("lb-1", "a", "r") }, new[] { Dependency.On("app") }),
                Comp("app", null, new[] { Inst("app-1", "a", "r"), Inst("app-2", "b", "r") }, new[] { Dependency.On("db"), Dependency.On("cache", soft: true) }, owners: new[] { "dba" }),
                Comp("db", "database", new[] { Inst("db-1", "a", "r", "rack-7"), Inst("db-2", "b", "r") }, Array.Empty<Dependency>(), owners: new[] { "alice" }),
                Comp("cache", "cache", new[] { Inst("cache-1", "a", "r") }, Array.Empty<Dependency>()),
                Comp("s3", null, Array.Empty<Instance>(), Array.Empty<Dependency>(), scope: ComponentScope.Regional, region: "r"),
            };
            return new SpofModel(
                "webshop",
                components,
                new[] { "lb" },
                new Dictionary<string, IReadOnlyList<string>> { ["r"] = new[] { "a", "b" } },
                new[] { new Person("alice", SourceLocation.None), new Person("bob", SourceLocation.None) },
                new[] { new Team("dba", new[] { "alice", "bob" }, SourceLocation.None) },
                new[] { "code" });
        }

        [Fact]
        public void Webshop_findings_match_the_design()
        {
            var report = new SpofAnalyzer().Analyze(Webshop());
            var ids = report.Findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();
            Assert.Equal(
                new[]
                {
                    "DegradationRisk/cache",
                    "PersonnelDependency/alice",
                    "SinglePointOfFailure/lb",
                    "SingleRegionRisk/r",
                    "SingleZoneRisk/a",
                },
                ids);
            var lb = report.Findings.Single(f => f.Id == "SinglePointOfFailure/lb");
            Assert.Equal(new[] { "lb" }, lb.Affects);
            Assert.Equal(Severity.High, lb.Severity);
            var zone = report.Findings.Single(f => f.Kind == FindingKind.SingleZoneRisk);
            Assert.Equal(new[] { "lb", "a" }, zone.Path);
            var alice = report.Findings.Single(f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal(new[] { "lb", "app", "db", "alice" }, alice.Path);
            Assert.Equal(new[] { "db" }, alice.Components);
            var cache = report.Findings.Single(f => f.Kind == FindingKind.DegradationRisk);
            Assert.Equal(new[] { "lb", "app", "cache" }, cache.Path);
        }

        [Fact]
        public void What_if_zone_a_fails_explains_the_chain()
        {
            var impact = new ImpactAnalyzer().Run(Webshop(), new[] { "a" });
            var lb = Assert.Single(impact.Entrypoints);
            Assert.Equal(HealthStatus.Down, lb.Status);
            Assert.Equal(new[] { "lb" }, lb.Chain);
            Assert.Contains("zone a", lb.Reason);
        }
    }
}
