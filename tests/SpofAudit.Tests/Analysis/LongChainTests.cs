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
    /// A chain of n single components has n findings; listing the whole chain in each made the report n² names long
    /// (issue 14). A path keeps its beginning and its end, and says that it left out the middle.
    /// </summary>
    public class LongChainTests
    {
        [Fact]
        public void A_chain_of_2000_components_reports_in_under_a_megabyte_and_a_half()
        {
            var model = Chain(2000, zone: null);
            var findings = new SpofAnalyzer().Analyze(model).Findings;
            var json = new StringWriter();
            ReportJsonWriter.Write(model.Name, findings, json);
            Assert.Equal(2000, findings.Count);
            Assert.True(json.ToString().Length < 1_500_000, $"{json.ToString().Length} characters of JSON");
        }

        [Fact]
        public void A_path_of_up_to_64_names_is_whole_and_a_longer_one_keeps_its_beginning_and_its_target()
        {
            var findings = new SpofAnalyzer().Analyze(Chain(100, zone: null)).Findings;
            Assert.Equal(Names(0, 64), findings.Single(f => f.Id == "SinglePointOfFailure/c63").Path);
            Assert.Equal(Names(0, 10).Append("...").Concat(Names(63, 2)), findings.Single(f => f.Id == "SinglePointOfFailure/c64").Path);
            Assert.Equal(Names(0, 10).Append("...").Concat(Names(98, 2)), findings.Single(f => f.Id == "SinglePointOfFailure/c99").Path);
        }

        [Fact]
        public void A_path_whose_walk_stops_early_keeps_its_first_names_and_its_target()
        {
            var findings = new SpofAnalyzer().Analyze(Chain(400, zone: null)).Findings;
            Assert.Equal(Names(0, 11).Append("...").Append("c399"), findings.Single(f => f.Id == "SinglePointOfFailure/c399").Path);
        }

        [Fact]
        public void A_long_zone_path_keeps_the_component_before_the_zone_so_the_finding_is_located()
        {
            var findings = new SpofAnalyzer().Analyze(Chain(100, zone: "z1")).Findings;
            Assert.Equal(Names(0, 10).Append("...").Append("c99").Append("z1"), findings.Single(f => f.Id == "SingleZoneRisk/z1").Path);
        }

        private static IEnumerable<string> Names(int first, int count) => Enumerable.Range(first, count).Select(i => "c" + i);

        /// <summary>c0 needs c1 needs ... c(n-1), one instance each; the last one in <paramref name="zone"/> if given.</summary>
        private static SpofModel Chain(int size, string? zone) =>
            NewModel("chain", Enumerable.Range(0, size).Select(i => Component(
                "c" + i,
                i == size - 1 ? "database" : null,
                new[] { Instance("c" + i + "-1", i == size - 1 ? zone : null, null) },
                i + 1 < size ? new[] { Hard("c" + (i + 1)) } : null)).ToArray(), new[] { "c0" });
    }
}
