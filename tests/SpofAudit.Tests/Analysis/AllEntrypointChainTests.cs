using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// A chain of n components in which every component is an entrypoint: the finding of c(i) affects c0 to c(i), so
    /// listing them all made the report n²/2 names long (issue 14). A list of more than 64 names keeps its first 10
    /// and says how many there are; a zone that holds every component lists them the same way.
    /// </summary>
    public class AllEntrypointChainTests
    {
        [Fact]
        public void A_chain_of_2000_entrypoints_reports_in_under_a_megabyte_and_a_half()
        {
            var model = Chain(2000, zone: null);
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            var json = new StringWriter();
            ReportJsonWriter.Write(model.Name, findings, json);
            Assert.Equal(2000, findings.Count);
            Assert.True(json.ToString().Length < 1_500_000, $"{json.ToString().Length} characters of JSON");
        }

        [Fact]
        public void A_zone_under_a_chain_of_2000_entrypoints_lists_a_bounded_number_of_names()
        {
            var model = Spread(2000, "z1");
            var zone = new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Id == "SingleZoneRisk/z1");
            Assert.Equal(new[] { "c0", "c1", "c10", "c100", "c1000", "c1001", "c1002", "c1003", "c1004", "c1005" }, zone.Affects);
            Assert.Equal(2000, zone.AffectsCount);
            Assert.Equal(new[] { "c0", "c1", "c10", "c100", "c1000", "c1001", "c1002", "c1003", "c1004", "c1005" }, zone.Components);
            Assert.Equal(2000, zone.ComponentCount);
        }

        [Fact]
        public void A_list_of_up_to_64_names_is_whole_and_a_longer_one_keeps_its_first_10_and_its_count()
        {
            var findings = new SpofAnalyzer().Analyze(Chain(100, zone: null)).Findings;
            var whole = findings.Single(f => f.Id == "SinglePointOfFailure/c63");
            Assert.Equal(Names(0, 64).OrderBy(n => n, System.StringComparer.Ordinal), whole.Affects);
            Assert.Equal(64, whole.AffectsCount);
            var cut = findings.Single(f => f.Id == "SinglePointOfFailure/c99");
            Assert.Equal(new[] { "c0", "c1", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17" }, cut.Affects);
            Assert.Equal(100, cut.AffectsCount);
            Assert.Equal(1, cut.ComponentCount);
        }

        [Fact]
        public void The_severity_of_a_long_list_counts_the_entrypoints_it_leaves_out()
        {
            // Only c999, far past the names kept, is critical: the findings that take it down are raised by it, as they
            // were when every name was listed, and those that leave it up are not.
            var model = Chain(2000, zone: null, critical: "c999");
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            Assert.Equal(Severity.Critical, findings.Single(f => f.Id == "SinglePointOfFailure/c1998").Severity);
            Assert.DoesNotContain("c999", findings.Single(f => f.Id == "SinglePointOfFailure/c1998").Affects);
            Assert.Equal(Severity.High, findings.Single(f => f.Id == "SinglePointOfFailure/c500").Severity);
        }

        [Fact]
        public void A_chain_of_2000_replicated_stores_reports_its_data_loss_risks_in_under_a_megabyte_and_a_half()
        {
            var model = ReplicatedChain(2000);
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            var json = new StringWriter();
            ReportJsonWriter.Write(model.Name, findings, json);
            Assert.Equal(2000, findings.Count(f => f.Kind == FindingKind.DataLossRisk));
            Assert.True(json.ToString().Length < 1_500_000, $"{json.ToString().Length} characters of JSON");
            var last = findings.Single(f => f.Id == "DataLossRisk/c1999");
            Assert.Equal(2000, last.AffectsCount);
            Assert.Equal(new[] { "c0", "c1", "c10", "c100", "c1000", "c1001", "c1002", "c1003", "c1004", "c1005" }, last.Affects);
            Assert.Equal(Names(0, 10).Append("...").Concat(Names(1998, 2)), last.Path);
        }

        private static IEnumerable<string> Names(int first, int count) => Enumerable.Range(first, count).Select(i => "c" + i);

        /// <summary>c0 needs c1 needs ... c(n-1), one instance each, every one an entrypoint; the last one in <paramref name="zone"/> if given.</summary>
        internal static SpofModel Chain(int size, string? zone, string? critical = null) =>
            NewModel("chain", Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                null,
                new[] { Instance("c" + i + "-1", i == size - 1 ? zone : null, null) },
                i + 1 < size ? new[] { Hard("c" + (i + 1)) } : null,
                criticality: "c" + i == critical ? Criticality.High : null)).ToArray(), Enumerable.Range(0, size).Select(i => "c" + i).ToArray());

        /// <summary>The chain, with every component in <paramref name="zone"/>.</summary>
        private static SpofModel Spread(int size, string zone) =>
            NewModel("spread", Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                null,
                new[] { Instance("c" + i + "-1", zone, null), Instance("c" + i + "-2", zone, null) },
                i + 1 < size ? new[] { Hard("c" + (i + 1)) } : null)).ToArray(), Enumerable.Range(0, size).Select(i => "c" + i).ToArray());

        /// <summary>The chain of stores that replicate asynchronously to a second instance: data-loss risks, no outage.</summary>
        private static SpofModel ReplicatedChain(int size) =>
            NewModel("replicated", Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                "database",
                new[] { Instance("c" + i + "-1", null, null), Instance("c" + i + "-2", null, null) },
                i + 1 < size ? new[] { Hard("c" + (i + 1)) } : null,
                replication: ReplicationMode.Async)).ToArray(), Enumerable.Range(0, size).Select(i => "c" + i).ToArray());
    }
}
