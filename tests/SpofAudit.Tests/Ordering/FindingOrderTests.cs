using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;
using Xunit;

namespace SpofAudit.Tests.Ordering
{
    public class FindingOrderTests
    {
        [Fact]
        public void Merging_more_findings_into_a_sorted_list_gives_the_order_of_sorting_them_all()
        {
            var random = new Random(7);
            for (var round = 0; round < 200; round++)
            {
                var all = Enumerable.Range(0, random.Next(0, 40)).Select(i => Make(random, i)).ToList();
                var split = random.Next(0, all.Count + 1);
                var sorted = FindingOrder.Sort(all.Take(split));

                var merged = FindingOrder.Merge(sorted, all.Skip(split));

                Assert.Equal(FindingOrder.Sort(all).Select(f => f.Id), merged.Select(f => f.Id));
            }
        }

        private static Finding Make(Random random, int i)
        {
            var kinds = new[] { FindingKind.SinglePointOfFailure, FindingKind.SingleZoneRisk, FindingKind.QuorumRisk, FindingKind.DoubleFault };
            var kind = kinds[random.Next(kinds.Length)];
            var target = $"c{i:D3}";
            return new Finding(kind, (Severity)random.Next(0, 4), target, TargetType.Component, new[] { "web" }, new[] { "web", target },
                new[] { target }, "Add a replica.", "m", likelihood: kind == FindingKind.DoubleFault ? random.Next(1, 4) * 1e-6 : (double?)null);
        }
    }
}
