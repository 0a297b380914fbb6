using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Model;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>YamlModelWriter output loads back to an equivalent model.</summary>
    public class WriterRoundTripTests
    {
        [Fact]
        public void The_design_example_round_trips()
        {
            var model = Load(WebshopLoadingTests.Webshop, "webshop.yaml");

            var yaml = YamlModelWriter.Write(model);
            var again = Load(yaml, "again.yaml");

            Assert.Equal(Describe(model), Describe(again));
            Assert.Contains("entrypoints: [lb]", yaml);
            Assert.Contains("instances: 2", yaml);
        }

        [Fact]
        public void Awkward_names_and_every_field_round_trip()
        {
            var odd = new[] { "true", "123", "a: b", " lead", "quote\"s", "back\\slash", "new\nline", "ünïcode", "#hash", "- dash", "null", "~", "tab\there", "[x]", "{y}", "*star", "&amp", "!bang", "%pct", "@at", "`tick", "0x1F", "1e3", ".inf", "yes" };
            var components = odd.Select((name, i) => Component(
                name,
                instances: new[] { new Instance(name + "/i", i % 2 == 0 ? "z: 1" : "z-2", "r 1", new[] { "d'" + name }, SourceLocation.None) },
                zones: new[] { "z: 1", "z-2" },
                dependsOn: new[] { Dependency.On(odd[(i + 1) % odd.Length], soft: i % 3 == 0) },
                owners: new[] { "ops team" },
                tags: new Dictionary<string, string> { [name] = "v:" + name, ["n"] = "007" })).ToList();
            components.Add(Component(
                "quorum",
                instances: new[] { Inst("quorum-1", "z: 1", "r 1"), Inst("quorum-2", "z-2", "r 1"), Inst("quorum-3", "z: 1", "r 1") },
                zones: new[] { "z: 1", "z-2" },
                dependsOn: new[]
                {
                    new Dependency(DependencyForm.AnyOf, new[] { "true", "123" }, 1, true, SourceLocation.None),
                    new Dependency(DependencyForm.AtLeast, new[] { "true", "123", "a: b" }, 2, false, SourceLocation.None),
                },
                minHealthy: 2,
                standby: new Standby(StandbyMode.Warm, FailoverMode.Automatic),
                replication: ReplicationMode.Sync,
                criticality: Criticality.Medium,
                availability: 0.1 + 0.2,
                capacity: new Capacity(0.1 + 0.2, 0.5)));
            components.Add(new Component(
                "primary", "postgres", new[] { Inst("primary-1", "z: 1", "r 1"), Inst("primary-2", "z-2", "r 1") }, 1, ComponentScope.None, null, new[] { "z: 1", "z-2" },
                Array.Empty<string>(), Array.Empty<Dependency>(), Array.Empty<string>(), new Standby(StandbyMode.Cold, FailoverMode.Manual), ReplicationMode.Async,
                null, null, new Dictionary<string, string>(), SourceLocation.None, null, QuorumRule.None,
                TimeSpan.FromMinutes(90), TimeSpan.FromSeconds(30), TimeSpan.FromDays(1)));
            components.Add(Component(
                "majority",
                instances: new[] { Inst("majority-1", "z: 1", "r 1"), Inst("majority-2", "z-2", "r 1"), Inst("majority-3", "z: 1", "r 1"), Inst("majority-4", "z-2", "r 1") },
                zones: new[] { "z: 1", "z-2" },
                minHealthy: 3,
                quorum: QuorumRule.Majority));
            components.Add(Component("zonal svc", zones: new[] { "z-2" }, scope: ComponentScope.Zonal, capacity: new Capacity(400, 350)));
            components.Add(Component("regional", scope: ComponentScope.Regional, region: "r 1"));
            components.Add(Component("global", scope: ComponentScope.Global, domains: new[] { "dns provider" }));
            var model = new SpofModel(
                "name: with \"quotes\"",
                components,
                new[] { "quorum", "true" },
                new Dictionary<string, IReadOnlyList<string>> { ["r 1"] = new[] { "z: 1", "z-2" } },
                new[] { new Person("ann-marie", SourceLocation.None), new Person("o'brien", SourceLocation.None) },
                new[] { new Team("ops team", new[] { "ann-marie", "o'brien" }, SourceLocation.None) },
                new[] { "code" });

            var yaml = YamlModelWriter.Write(model);
            var again = Load(yaml, "again.yaml");

            Assert.Equal(Describe(model), Describe(again));
        }

        [Fact]
        public void Instances_are_written_as_a_count_only_when_the_count_reproduces_them()
        {
            var model = new SpofModel(
                "m",
                new[]
                {
                    Component("gen", instances: new[] { Inst("gen-1", "a", "r"), Inst("gen-2", "b", "r"), Inst("gen-3", "a", "r") }, zones: new[] { "a", "b" }),
                    Component("own", instances: new[] { Inst("own-1", "b", "r"), Inst("own-2", "a", "r") }, zones: new[] { "a", "b" }),
                    Component("elsewhere", instances: new[] { Inst("elsewhere-1", null, "eu") }, region: "us"),
                },
                null,
                new Dictionary<string, IReadOnlyList<string>> { ["r"] = new[] { "a", "b" } },
                Array.Empty<Person>(),
                Array.Empty<Team>(),
                new[] { "code" });

            var yaml = YamlModelWriter.Write(model);
            var again = Load(yaml);

            Assert.Contains("    instances: 3\n", yaml);
            Assert.Contains("- {name: own-1, zone: b}", yaml);
            Assert.Contains("- {name: elsewhere-1, region: eu}", yaml);
            Assert.DoesNotContain("entrypoints", yaml);
            Assert.False(again.HasExplicitEntrypoints);
            Assert.Equal(Describe(model), Describe(again));
        }

        private static Instance Inst(string name, string? zone, string? region) =>
            new Instance(name, zone, region, Array.Empty<string>(), SourceLocation.None);

        private static Component Component(
            string name,
            IReadOnlyList<Instance>? instances = null,
            IReadOnlyList<string>? zones = null,
            IReadOnlyList<Dependency>? dependsOn = null,
            IReadOnlyList<string>? owners = null,
            IReadOnlyDictionary<string, string>? tags = null,
            int minHealthy = 1,
            Standby? standby = null,
            ReplicationMode replication = ReplicationMode.None,
            Criticality? criticality = null,
            double? availability = null,
            ComponentScope scope = ComponentScope.None,
            string? region = null,
            IReadOnlyList<string>? domains = null,
            Capacity? capacity = null,
            QuorumRule quorum = QuorumRule.None) =>
            new Component(
                name, "kind of " + name, instances ?? Array.Empty<Instance>(), minHealthy, scope, region, zones ?? Array.Empty<string>(),
                domains ?? Array.Empty<string>(), dependsOn ?? Array.Empty<Dependency>(), owners ?? Array.Empty<string>(), standby, replication,
                criticality, availability, tags ?? new Dictionary<string, string>(), SourceLocation.None, capacity, quorum);

        /// <summary>Everything the writer promises to keep, as comparable lines.</summary>
        private static IReadOnlyList<string> Describe(SpofModel model)
        {
            var lines = new List<string>
            {
                "name " + model.Name,
                $"entrypoints {model.HasExplicitEntrypoints} {string.Join("|", model.Entrypoints)}",
                "people " + string.Join("|", model.People.Select(p => p.Name)),
            };
            lines.AddRange(model.Regions.Select(r => $"region {r.Key}: {string.Join("|", r.Value)}"));
            lines.AddRange(model.Teams.Select(t => $"team {t.Name}: {string.Join("|", t.Members)}"));
            foreach (var c in model.Components)
            {
                lines.Add(string.Join(
                    " / ",
                    "component " + c.Name,
                    c.Kind,
                    c.Scope,
                    c.Region,
                    string.Join("|", c.Zones),
                    c.MinHealthy,
                    c.Quorum,
                    c.Rto,
                    c.Rpo,
                    c.BackupEvery,
                    c.Capacity == null ? "-" : c.Capacity.PerInstance.ToString("R", CultureInfo.InvariantCulture) + "/" + c.Capacity.Peak.ToString("R", CultureInfo.InvariantCulture),
                    string.Join("|", c.Domains),
                    c.Standby?.ToString(),
                    c.Replication,
                    c.Criticality,
                    c.Availability?.ToString("R", CultureInfo.InvariantCulture),
                    string.Join("|", c.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "=" + t.Value)),
                    string.Join("|", c.Owners),
                    string.Join("|", c.DependsOn.Select(d => $"{d.Form}:{d.Required}:{d.Soft}:{string.Join(",", d.Members)}"))));
                lines.AddRange(c.Instances.Select(i => $"  instance {i.Name} / {i.Zone} / {i.Region} / {string.Join("|", i.Domains)}"));
            }

            return lines;
        }
    }
}
