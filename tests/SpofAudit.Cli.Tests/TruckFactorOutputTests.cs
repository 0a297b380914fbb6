using System.Linq;

namespace SpofAudit.Cli.Tests
{
    /// <summary>What the CLI says about truck factors and knowledge concentrations of examples/shared-database-owners.yaml.</summary>
    public class TruckFactorOutputTests
    {
        [Fact]
        public void Verbose_names_each_entrypoints_truck_factor()
        {
            var result = Cli.Run("report", Examples.Path("shared-database-owners.yaml"), "--verbose");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(
                "spofaudit: truck factor per entrypoint: back-office 2, shop 2 (how many people must be away at once before something it needs has nobody to operate it)",
                result.StderrLines);
        }

        [Fact]
        public void The_table_and_Markdown_summaries_name_each_entrypoints_truck_factor()
        {
            var table = Cli.Run("report", Examples.Path("shared-database-owners.yaml"));
            var markdown = Cli.Run("report", Examples.Path("shared-database-owners.yaml"), "--format", "markdown");

            Assert.Equal(0, table.ExitCode);
            var lines = table.Stdout.TrimEnd('\n').Split('\n');
            Assert.Equal("Truck factor per entrypoint: back-office 2, shop 2.", lines[^2]);
            Assert.Contains(" findings in shared-database-owners: ", lines[^1]);
            Assert.Contains("\n\nTruck factor per entrypoint: back-office 2, shop 2.\n\n| Severity |", markdown.Stdout);
        }

        [Fact]
        public void Without_owners_the_table_says_nothing_about_truck_factors()
        {
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"));

            Assert.DoesNotContain("Truck factor", result.Stdout);
        }

        [Fact]
        public void Without_owners_verbose_says_nothing_about_truck_factors()
        {
            var result = Cli.Run("report", Examples.Path("web-tier.yaml"), "--verbose");

            Assert.DoesNotContain(result.StderrLines, l => l.Contains("truck factor"));
        }

        [Fact]
        public void The_kind_filter_selects_knowledge_concentrations()
        {
            var result = Cli.Run("report", Examples.Path("shared-database-owners.yaml"), "--kind", "knowledgeconcentration");

            Assert.Equal(0, result.ExitCode);
            var rows = result.Stdout.Split('\n').Where(l => l.Contains("KnowledgeConcentration  ")).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Contains(rows, r => r.Contains("alice+bob") && r.Contains("People") && r.Contains("back-office, shop"));
            Assert.DoesNotContain("SingleRegionRisk", result.Stdout);
        }
    }
}
