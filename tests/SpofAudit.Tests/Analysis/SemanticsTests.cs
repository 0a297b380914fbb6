using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Hand-picked models for the parts of docs/design.md §4 that are easiest to get wrong: cycles, anyOf/atLeast,
    /// scopes, soft against hard, team expansion. Each also checks the brute-force reference agrees.
    /// </summary>
    public class SemanticsTests
    {
        [Fact]
        public void A_cycle_of_redundant_components_never_falls_by_itself()
        {
            var model = NewModel("cycle", new[]
            {
                Component("lb", "lb", Many("lb", 2), new[] { Hard("a") }),
                Component("a", null, Many("a", 2), new[] { Hard("b") }),
                Component("b", null, Many("b", 2), new[] { Hard("a") }),
            }, new[] { "lb" });
            Assert.Empty(Ids(model));
        }

        [Fact]
        public void A_single_member_takes_its_whole_cycle_down()
        {
            var model = NewModel("cycle", new[]
            {
                Component("lb", "lb", Many("lb", 2), new[] { Hard("a") }),
                Component("a", null, Many("a", 2), new[] { Hard("b") }),
                Component("b", null, Many("b", 1), new[] { Hard("a") }),
            }, new[] { "lb" });
            Assert.Equal(new[] { "SinglePointOfFailure/b" }, Ids(model));
            Assert.Equal(new[] { "lb", "a", "b" }, Find(model, "SinglePointOfFailure/b").Path);
        }

        [Fact]
        public void A_cycle_through_anyOf_falls_when_one_member_drags_the_other()
        {
            // p is single and q needs p, so one instance of p empties the anyOf; q alone is redundant.
            var model = NewModel("anyof-cycle", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { AnyOf(false, "p", "q") }),
                Component("p", null, Many("p", 1), new[] { Hard("q") }),
                Component("q", null, Many("q", 2), new[] { Hard("p") }),
            }, new[] { "entry" });
            Assert.Equal(new[] { "SinglePointOfFailure/p" }, Ids(model));
        }

        [Fact]
        public void AtLeast_counts_members_that_fall_together()
        {
            // m3 needs m1: losing m1 loses two of three members, below atLeast 2; losing m2 loses one.
            var model = NewModel("atleast", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { AtLeast(2, false, "m1", "m2", "m3") }),
                Component("m1", null, Many("m1", 1)),
                Component("m2", null, Many("m2", 1)),
                Component("m3", null, Many("m3", 2), new[] { Hard("m1") }),
            }, new[] { "entry" });
            Assert.Equal(new[] { "SinglePointOfFailure/m1" }, Ids(model));
        }

        [Fact]
        public void Groups_that_need_every_member_act_like_plain_names()
        {
            var model = NewModel("all-of", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { AnyOf(false, "x"), AtLeast(2, false, "y", "z") }),
                Component("x", null, Many("x", 1)),
                Component("y", null, Many("y", 1)),
                Component("z", null, Many("z", 2)),
            }, new[] { "entry" });
            Assert.Equal(new[] { "SinglePointOfFailure/x", "SinglePointOfFailure/y" }, Ids(model));
        }

        [Fact]
        public void Scoped_services_fail_with_their_zones_regions_and_domains_only()
        {
            var regions = new Dictionary<string, IReadOnlyList<string>> { ["r1"] = new[] { "a", "b" }, ["r2"] = new[] { "c", "d" } };
            var model = NewModel("scopes", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { Hard("z1"), Hard("z2"), Hard("reg"), Hard("acct-svc"), Hard("free") }),
                Component("z1", null, Array.Empty<Instance>(), minHealthy: 1, scope: ComponentScope.Zonal, zones: new[] { "a", "b" }),
                Component("z2", null, Array.Empty<Instance>(), minHealthy: 2, scope: ComponentScope.Zonal, zones: new[] { "c", "d" }),
                Component("reg", "s3", Array.Empty<Instance>(), scope: ComponentScope.Regional, region: "r2"),
                Component("acct-svc", null, Array.Empty<Instance>(), scope: ComponentScope.Global, domains: new[] { "acct" }),
                Component("free", "dns", Array.Empty<Instance>(), scope: ComponentScope.Global),
            }, new[] { "entry" }, regions);
            Assert.Equal(
                new[] { "SinglePointOfFailure/acct", "SingleRegionRisk/r1", "SingleRegionRisk/r2", "SingleZoneRisk/c", "SingleZoneRisk/d" },
                Ids(model));
        }

        [Fact]
        public void Soft_dependencies_degrade_and_degradation_does_not_cross_a_soft_edge()
        {
            // z down degrades y (soft), which degrades x (hard); entry only soft-depends on x, which stays up.
            var model = NewModel("soft", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { Soft("cache"), Hard("db"), Soft("x") }),
                Component("cache", "cache", Many("cache", 1)),
                Component("db", "database", Many("db", 1)),
                Component("x", null, Many("x", 2), new[] { Hard("y") }),
                Component("y", null, Many("y", 2), new[] { Soft("z") }),
                Component("z", null, Many("z", 1)),
            }, new[] { "entry" });
            Assert.Equal(new[] { "DegradationRisk/cache", "SinglePointOfFailure/db" }, Ids(model));
        }

        [Fact]
        public void Teams_expand_to_their_people()
        {
            var model = NewModel("teams", new[]
            {
                Component("entry", "lb", Many("entry", 2), new[] { Hard("c1"), Hard("c2"), Hard("c3"), Soft("c4") }, owners: new[] { "team-pair" }),
                Component("c1", null, Many("c1", 2), owners: new[] { "team-solo" }),
                Component("c2", null, Many("c2", 2), owners: new[] { "team-pair" }),
                Component("c3", null, Many("c3", 2), owners: new[] { "dan", "team-dan" }),
                Component("c4", null, Many("c4", 2), owners: new[] { "erin" }),
            }, new[] { "entry" }, null,
            new[] { Person("alice"), Person("bob"), Person("carol"), Person("dan"), Person("erin") },
            new[] { Team("team-solo", "alice"), Team("team-pair", "bob", "carol"), Team("team-dan", "dan") });
            // The pair team is no sole owner, but bob and carol together are the only ones who can run entry and c2.
            Assert.Equal(new[] { "KnowledgeConcentration/bob+carol", "PersonnelDependency/alice", "PersonnelDependency/dan" }, Ids(model));
            Assert.Equal(new[] { "entry", "c1", "alice" }, Find(model, "PersonnelDependency/alice").Path);
        }

        private static Instance[] Many(string component, int count) =>
            Enumerable.Range(1, count).Select(i => Instance($"{component}-{i}", null, null)).ToArray();

        /// <summary>The sorted finding ids, after checking they equal the brute-force reference.</summary>
        private static string[] Ids(SpofModel model)
        {
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            Assert.Equal(
                BruteForceReference.Findings(model).OrderBy(f => f.ToString(), StringComparer.Ordinal),
                findings.Select(ExpectedFinding.Of).OrderBy(f => f.ToString(), StringComparer.Ordinal));
            foreach (var finding in findings)
            {
                Assert.Null(FindingPathChecker.Problem(model, finding));
            }

            return findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();
        }

        private static Findings.Finding Find(SpofModel model, string id) =>
            new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Id == id);
    }
}
