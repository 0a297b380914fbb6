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
    /// A finding's lists are bounded without changing what they say (issue 14): on seeded random models, each finding's
    /// affected entrypoints are those the brute-force reference finds, all of them up to 64 and the first 10 beyond,
    /// with the true count either way. Half the models get 70 more entrypoints above one of theirs, so lists cross the bound.
    /// </summary>
    public class BoundedListPropertyTests
    {
        private const int ModelCount = 200;

        [Fact]
        public void Affected_entrypoints_are_whole_up_to_64_then_the_first_10_and_always_counted()
        {
            var cut = 0;
            for (var seed = 0; seed < ModelCount; seed++)
            {
                var small = RandomModels.Small(seed);
                var model = seed % 2 == 0 ? small : WithFans(small, 70);
                var reference = BruteForceReference.Findings(model).GroupBy(f => (f.Kind, f.Target)).ToDictionary(g => g.Key, g => g.First());
                foreach (var finding in new SpofAnalyzer().Analyze(model).Findings)
                {
                    var expected = reference[(finding.Kind, finding.Target)].Affects.Split(" | ", StringSplitOptions.RemoveEmptyEntries);
                    var what = $"seed {seed}{(seed % 2 == 0 ? string.Empty : " with 70 more entrypoints")}, {finding.Id}";
                    Assert.True(expected.Length == finding.AffectsCount, $"{what}: counts {finding.AffectsCount}, the reference {expected.Length}");
                    Assert.True(
                        expected.Take(expected.Length <= 64 ? expected.Length : 10).SequenceEqual(finding.Affects),
                        $"{what}: lists [{string.Join(", ", finding.Affects)}], the reference [{string.Join(", ", expected)}]");
                    Assert.True(finding.Components.Count == finding.ComponentCount || (finding.ComponentCount > 64 && finding.Components.Count == 10), what);
                    cut += expected.Length > 64 ? 1 : 0;
                }
            }

            Assert.True(cut > 100, $"only {cut} findings had more than 64 entrypoints");
        }

        /// <summary>The model with <paramref name="count"/> more entrypoints, each of two instances, all needing its first entrypoint.</summary>
        private static SpofModel WithFans(SpofModel model, int count)
        {
            var under = model.Entrypoints.OrderBy(n => n, StringComparer.Ordinal).First();
            var fans = Enumerable.Range(0, count).Select(i => Component(
                "fan" + i,
                null,
                new[] { Instance("fan" + i + "-1", null, null), Instance("fan" + i + "-2", null, null) },
                new[] { Hard(under) })).ToArray();
            var components = model.Components.Concat(fans).ToArray();
            return NewModel(model.Name, components, model.Entrypoints.Concat(fans.Select(f => f.Name)).ToArray(), model.Regions, model.People, model.Teams);
        }
    }
}
