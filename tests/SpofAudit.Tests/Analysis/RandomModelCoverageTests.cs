using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// The property tests are only as good as the models they see: across the seeds they use, every construct of
    /// docs/design.md §3 and every kind of finding must occur.
    /// </summary>
    public class RandomModelCoverageTests
    {
        private readonly ITestOutputHelper _output;

        public RandomModelCoverageTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Small_models_exercise_every_construct()
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            void Count(string what, bool happened)
            {
                seen[what] = seen.TryGetValue(what, out var n) ? n + (happened ? 1 : 0) : (happened ? 1 : 0);
            }

            for (var seed = 0; seed < 600; seed++)
            {
                var model = RandomModels.Small(seed);
                var components = model.Components;
                Count("size 5-40", components.Count >= 5 && components.Count <= 40);
                Count("instance count over zones", components.Any(c => c.Scope == ComponentScope.None && c.Zones.Count > 0));
                Count("instance list", components.Any(c => c.Instances.Any(i => i.Name.Contains(".i"))));
                Count("instance without zone", components.Any(c => c.Instances.Any(i => i.Zone == null)));
                Count("region map", model.Regions.Count > 0);
                Count("no region map", model.Regions.Count == 0 && model.RegionNames.Count > 0);
                Count("zone outside the map", model.Regions.Count > 0 && model.Zones.Any(z => model.RegionOfZone(z) == null));
                Count("component domain", components.Any(c => c.Domains.Count > 0));
                Count("instance-only domain", components.Any(c => c.Instances.Any(i => i.Domains.Except(c.Domains).Any())));
                Count("k-of-n", components.Any(c => c.MinHealthy > 1 && c.MinHealthy < Math.Max(c.Instances.Count, c.Zones.Count)));
                Count("all-of-n", components.Any(c => c.MinHealthy > 1 && c.MinHealthy == c.Instances.Count));
                Count("zonal", components.Any(c => c.Scope == ComponentScope.Zonal));
                Count("capacity above minHealthy", components.Any(c => c.EffectiveMinHealthy > c.MinHealthy));
                Count("capacity within minHealthy", components.Any(c => c.Capacity != null && c.EffectiveMinHealthy == c.MinHealthy));
                Count("zonal capacity", components.Any(c => c.Capacity != null && c.Scope == ComponentScope.Zonal));
                Count("quorum majority", components.Any(c => c.Quorum == QuorumRule.Majority));
                Count("interrupting failover", components.Any(c => c.FailoverInterrupts));
                Count("hot automatic standby", components.Any(c => c.HasPrimary && c.Standby != null && !c.FailoverInterrupts));
                Count("async replication", components.Any(c => c.HasPrimary && c.Replication == ReplicationMode.Async));
                Count("regional", components.Any(c => c.Scope == ComponentScope.Regional));
                Count("global", components.Any(c => c.Scope == ComponentScope.Global));
                Count("hard", components.Any(c => c.DependsOn.Any(d => !d.Soft)));
                Count("soft", components.Any(c => c.DependsOn.Any(d => d.Soft)));
                Count("anyOf", components.Any(c => c.DependsOn.Any(d => d.Form == DependencyForm.AnyOf)));
                Count("atLeast", components.Any(c => c.DependsOn.Any(d => d.Form == DependencyForm.AtLeast)));
                Count("self-loop", components.Any(c => c.DependsOn.Any(d => !d.Soft && d.Members.Contains(c.Name))));
                var cycles = HardCycles(model);
                Count("hard cycle", cycles.Any(s => s.Count > 1));
                Count("cycle through a group", components.Any(c => c.DependsOn.Any(d => !d.Soft && d.Form != DependencyForm.Single
                    && cycles.Any(s => s.Count > 1 && s.Contains(c.Name) && d.Members.Any(s.Contains)))));
                Count("people", model.People.Count > 0);
                Count("teams", model.Teams.Count > 0);
                Count("owner without people section", model.People.Count == 0 && components.Any(c => c.Owners.Count > 0));
                Count("explicit entrypoints", model.HasExplicitEntrypoints);
                Count("default entrypoints", !model.HasExplicitEntrypoints);
                Count("name to escape", components.Any(c => c.Name.Contains('"')));
                foreach (var finding in new SpofAnalyzer().Analyze(model).Findings)
                {
                    Count($"finding {finding.Kind} on {finding.TargetType}", true);
                }
            }

            foreach (var pair in seen.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                _output.WriteLine($"{pair.Value,5}  {pair.Key}");
            }

            var expectedFindings = new[]
            {
                "finding SinglePointOfFailure on Component", "finding SinglePointOfFailure on Domain", "finding SingleZoneRisk on Zone",
                "finding SingleRegionRisk on Region", "finding PersonnelDependency on Person", "finding DegradationRisk on Component",
                "finding DegradationRisk on Zone", "finding DegradationRisk on Region", "finding DegradationRisk on Domain",
                "finding CapacityRisk on Component", "finding CapacityRisk on Zone", "finding QuorumRisk on Component",
                "finding FailoverRisk on Component", "finding FailoverRisk on Zone", "finding DataLossRisk on Component",
            };
            foreach (var what in seen.Keys.Where(k => !k.StartsWith("finding", StringComparison.Ordinal)).Concat(expectedFindings))
            {
                Assert.True(seen.TryGetValue(what, out var n) && n >= 5, $"only {(seen.TryGetValue(what, out var m) ? m : 0)} of 600 models have: {what}");
            }
        }

        [Fact]
        public void Large_models_have_the_documented_shape()
        {
            var model = RandomModels.Large(3000, 5);
            Assert.Equal(3000, model.Components.Count);
            Assert.InRange(model.Entrypoints.Count, 1, 250);
            Assert.Equal(2, model.Regions.Count);
            Assert.All(model.Regions.Values, zones => Assert.Equal(3, zones.Count));
            Assert.All(model.DomainNames, d => Assert.StartsWith("rack-", d));
            Assert.Contains(HardCycles(model), s => s.Count > 1);
            Assert.Equal(5, RandomModels.Large(20_000, 1).Regions.Count);
            var report = new SpofAnalyzer().Analyze(model);
            Assert.Contains(report.Findings, f => f.Kind == FindingKind.SinglePointOfFailure);
            Assert.Contains(report.Findings, f => f.Kind == FindingKind.PersonnelDependency);
        }

        /// <summary>Strongly connected sets of the hard-dependency graph, found by mutual reachability (small models only).</summary>
        private static List<HashSet<string>> HardCycles(SpofModel model)
        {
            var edges = model.Components.ToDictionary(c => c.Name, c => c.DependsOn.Where(d => !d.Soft).SelectMany(d => d.Members).Distinct().ToArray());
            var reach = edges.Keys.ToDictionary(k => k, k => Reachable(k, edges));
            var result = new List<HashSet<string>>();
            var done = new HashSet<string>();
            foreach (var name in edges.Keys.Where(n => !done.Contains(n)))
            {
                var scc = new HashSet<string>(reach[name].Where(other => reach[other].Contains(name))) { name };
                done.UnionWith(scc);
                result.Add(scc);
            }

            return result;
        }

        private static HashSet<string> Reachable(string start, Dictionary<string, string[]> edges)
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>(edges[start]);
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                if (seen.Add(next))
                {
                    foreach (var child in edges[next])
                    {
                        stack.Push(child);
                    }
                }
            }

            return seen;
        }
    }
}
