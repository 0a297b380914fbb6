using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Testing;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>Hostile input fails fast with a limits error instead of eating time or memory.</summary>
    public class LimitTests
    {
        [Fact]
        public void An_alias_bomb_is_refused_at_the_first_alias_past_the_limit()
        {
            var yaml = new StringBuilder(Header).Append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
            for (var i = 1; i <= 12; i++)
            {
                yaml.Append($"a{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
            }

            yaml.Append("components: {x: {}}\n");

            // Refused at '*a4', so the 10^13 nodes of a5..a12 are never walked.
            var error = Fails(yaml.ToString());

            var first = First(error, "AliasExpansionTooLarge", 7, 45, new[] { "aliases expand to more than", "'*a4'" });
            Assert.Equal(DiagnosticCategory.LimitsExceeded, first.Category);
        }

        [Fact]
        public void Moderate_alias_use_is_allowed()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  a: &tags {tags: {team: x, tier: web}}",
                "  b: *tags",
                "  c: *tags"));

            Assert.Equal("web", model.FindComponent("c")!.Tags["tier"]);
        }

        [Fact]
        public void Deep_nesting_fails_at_the_limit()
        {
            var yaml = Header + "components: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

            var error = Fails(yaml);

            // The root mapping is level 1, so the 64th '[' (column 13 + 63) is level 65.
            First(error, "NestingTooDeep", 2, 13 + 63, new[] { "nested more than 64 levels" });
            Assert.Equal(DiagnosticCategory.LimitsExceeded, error.First.Category);
        }

        [Fact]
        public void Nesting_through_an_alias_counts_too()
        {
            var error = Fails(
                Yaml("apiVersion: spofaudit/v1", "deep: &d [[[x]]]", "components: {a: {tags: [[*d]]}}"),
                limits: new LoaderLimits(maxDepth: 6));

            First(error, "NestingTooDeep", 3, 26, new[] { "alias '*d'" });
        }

        [Fact]
        public void Oversized_text_is_rejected_before_parsing()
        {
            var yaml = Header + "components: {a: {}}\n" + "# " + new string('x', 500) + "\n" + "[broken";

            var error = Fails(yaml, limits: new LoaderLimits(maxFileBytes: 256));

            Assert.Equal(("InputTooLarge", DiagnosticCategory.LimitsExceeded), (error.First.Code, error.First.Category));
            Assert.Single(error.Diagnostics);
            Assert.Equal("arch.yaml: input is larger than the limit of 256 bytes", error.First.ToString());
        }

        [Fact]
        public void Oversized_files_are_rejected_before_reading()
        {
            using var files = new TempFiles();
            var path = files.Write("big.yaml", Header + "components: {a: {}}\n" + "[broken" + new string(' ', 1000));

            var error = Assert.Throws<SpofInputException>(() => new YamlModelLoader(new LoaderLimits(maxFileBytes: 1000)).Load(new[] { path }));

            Assert.Equal(("InputTooLarge", DiagnosticCategory.LimitsExceeded), (error.First.Code, error.First.Category));
            Assert.Single(error.Diagnostics);
            Assert.Contains("more than the limit of 1000 bytes", error.First.Message);
        }

        [Fact]
        public void Defaults_are_documented_values()
        {
            var limits = LoaderLimits.Default;

            Assert.Equal((256L * 1024 * 1024, 64, 1_000_000L, 10), (limits.MaxFileBytes, limits.MaxDepth, limits.MaxAliasNodes, limits.AliasNodesPerNode));
        }
    }
}
