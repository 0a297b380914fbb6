using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Model;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// A what-if lists every component it takes down with the chain that explains it; along a cycle of n that was n
    /// chains of up to n names (issue 14). A long chain keeps its beginning and its cause.
    /// </summary>
    public class ImpactChainTests
    {
        [Fact]
        public void A_failure_in_a_cycle_of_2000_explains_every_component_in_a_bounded_chain()
        {
            var report = new ImpactAnalyzer().Run(Cycle(2000), new[] { "c1000" });
            Assert.Equal(2000, report.AffectedComponents.Count);
            Assert.True(report.AffectedComponents.Sum(r => r.Chain.Count) < 2000 * 20, $"{report.AffectedComponents.Sum(r => r.Chain.Count)} names in the chains");
        }

        [Fact]
        public void A_long_chain_keeps_its_first_names_and_the_failed_component_with_the_one_that_needs_it()
        {
            var report = new ImpactAnalyzer().Run(Cycle(2000), new[] { "c1000" });
            var entry = report.Entrypoints.Single();
            Assert.Equal(Enumerable.Range(0, 10).Select(i => "c" + i).Append("...").Append("c999").Append("c1000"), entry.Chain);
            Assert.Equal("c1000 failed", entry.Reason);
            Assert.Equal(new[] { "c990", "c991", "c992", "c993", "c994", "c995", "c996", "c997", "c998", "c999", "c1000" },
                report.AffectedComponents.Single(r => r.Component == "c990").Chain);
        }

        /// <summary>c0 needs c1 needs ... c(n-1) needs c0, one instance each, c0 the entrypoint.</summary>
        private static SpofModel Cycle(int size) =>
            NewModel("cycle", Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                null,
                new[] { Instance("c" + i + "-1", null, null) },
                new[] { Hard("c" + ((i + 1) % size)) })).ToArray(), new[] { "c0" });
    }
}
