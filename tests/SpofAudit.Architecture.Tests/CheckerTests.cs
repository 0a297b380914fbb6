using System.Linq;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>The checks themselves can fail: they see real references, and a cycle when there is one.</summary>
    public sealed class CheckerTests
    {
        private static TypeUse Use(string from, string to) =>
            new TypeUse(new TypeName("A", from, "X"), new TypeName("A", to, "Y"), "X");

        [Fact]
        public void A_cycle_between_layers_is_reported_with_its_witnesses()
        {
            var graph = new LayerGraph(
                new[] { Use("SpofAudit.Model", "SpofAudit.Diagnostics"), Use("SpofAudit.Analysis.Deep", "SpofAudit.Findings"), Use("SpofAudit.Findings", "SpofAudit.Analysis") },
                "SpofAudit");
            var cycle = Assert.Single(graph.Cycles());
            Assert.Contains("SpofAudit.Analysis, SpofAudit.Findings", cycle);
            Assert.Contains("SpofAudit.Findings -> SpofAudit.Analysis", cycle);
        }

        [Fact]
        public void Layers_that_run_one_way_have_no_cycle_and_sub_namespaces_join_their_layer()
        {
            var graph = new LayerGraph(
                new[] { Use("SpofAudit.Findings", "SpofAudit.Analysis.Deep"), Use("SpofAudit.Analysis.Deep", "SpofAudit.Analysis"), Use("SpofAudit.Analysis", "SpofAudit.Model") },
                "SpofAudit");
            Assert.Empty(graph.Cycles());
            Assert.True(graph.Uses("SpofAudit.Findings", "SpofAudit.Analysis"));
        }

        [Fact]
        public void The_reader_sees_uses_in_signatures_and_method_bodies()
        {
            using var cli = CompiledAssembly.Open("spofaudit.dll");
            var uses = cli.AllUses();
            Assert.Contains(uses, use => use.To.Assembly == "SpofAudit.Core" && use.To.Namespace == "SpofAudit.Findings");
            Assert.Contains(uses, use => use.To.Assembly == "System.CommandLine");

            using var core = CompiledAssembly.Open("SpofAudit.Core.dll");
            Assert.Contains(core.AllUses(), use => use.From.Namespace.StartsWith("SpofAudit.Analysis") && use.To.Namespace == "SpofAudit.Model");
            Assert.Contains(core.PublicSurfaceUses(), use => use.From.Name == "SpofModel");
        }
    }
}
