using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>
    /// The rules of docs/design.md §1-2, checked on the compiled assemblies: Core's layers run one way, no public
    /// surface of Core or a provider exposes a PowerShell or cloud-SDK type (so the providers can move into a load
    /// context of their own), and no face touches a provider type.
    /// </summary>
    public sealed class ArchitectureTests
    {
        private const string Core = "SpofAudit.Core.dll";

        /// <summary>The assemblies whose types must stay out of public signatures: PowerShell, the cloud SDKs and their identity stack, YAML.</summary>
        private static readonly string[] SdkAssemblyPrefixes =
        {
            "System.Management.Automation", "Microsoft.PowerShell", "AWSSDK.", "Azure.", "Microsoft.Identity", "YamlDotNet",
        };

        private static readonly string[] ProviderAssemblies = { "SpofAudit.Aws", "SpofAudit.Azure" };

        [Fact]
        public void Core_layers_have_no_cycle()
        {
            using var core = CompiledAssembly.Open(Core);
            var cycles = new LayerGraph(core.AllUses(), "SpofAudit").Cycles();
            Assert.True(cycles.Count == 0, "Core's namespaces must run one way (docs/design.md §2):" + Environment.NewLine + string.Join(Environment.NewLine, cycles));
        }

        /// <summary>Core's layers from the bottom up, as docs/design.md §2 lists them; layers in one row may use each other.</summary>
        private static readonly string[][] LayerOrder =
        {
            new[] { "SpofAudit.Diagnostics" },
            new[] { "SpofAudit.Hosting" },
            new[] { "SpofAudit.Model" },
            new[] { "SpofAudit.Loading" },
            new[] { "SpofAudit.Sourcing" },
            new[] { "SpofAudit.Analysis" },
            new[] { "SpofAudit.Findings" },
            new[] { "SpofAudit.Rendering", "SpofAudit.Export" },
            new[] { "SpofAudit.Pipeline" },
        };

        [Fact]
        public void Each_layer_uses_only_the_layers_below_it()
        {
            using var core = CompiledAssembly.Open(Core);
            var uses = core.AllUses();
            var rank = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var row = 0; row < LayerOrder.Length; row++)
            {
                foreach (var layer in LayerOrder[row])
                {
                    rank.Add(layer, row);
                }
            }

            var unknown = uses
                .SelectMany(use => new[] { LayerGraph.LayerOf(use.From.Namespace, "SpofAudit") })
                .Where(layer => layer != null && !rank.ContainsKey(layer))
                .Distinct()
                .ToList();
            Assert.True(unknown.Count == 0, $"Layers missing from docs/design.md §2 and this test's order: {string.Join(", ", unknown)}");

            var upward = uses
                .Select(use => (Use: use, From: LayerGraph.LayerOf(use.From.Namespace, "SpofAudit"), To: LayerGraph.LayerOf(use.To.Namespace, "SpofAudit")))
                .Where(x => x.Use.From.Assembly == x.Use.To.Assembly && x.From != null && x.To != null && rank[x.To!] > rank[x.From!])
                .GroupBy(x => (x.From, x.To))
                .Select(g => $"{g.Key.From} uses {g.Key.To}: {g.First().Use}")
                .ToList();
            Assert.True(upward.Count == 0, "A lower layer uses a higher one:" + Environment.NewLine + string.Join(Environment.NewLine, upward));
        }

        [Theory]
        [InlineData(Core)]
        [InlineData("SpofAudit.Aws.dll")]
        [InlineData("SpofAudit.Azure.dll")]
        [InlineData("SpofAudit.Sources.dll")]
        public void Public_surface_exposes_no_PowerShell_or_SDK_type(string assembly)
        {
            using var compiled = CompiledAssembly.Open(assembly);
            var leaks = compiled.PublicSurfaceUses()
                .Where(use => SdkAssemblyPrefixes.Any(prefix => use.To.Assembly.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(use => use.ToString())
                .Distinct()
                .ToList();
            Assert.True(leaks.Count == 0, $"{assembly} exposes SDK or PowerShell types publicly:{Environment.NewLine}{string.Join(Environment.NewLine, leaks)}");
        }

        [Fact]
        public void Core_references_no_PowerShell_or_cloud_SDK_at_all()
        {
            using var core = CompiledAssembly.Open(Core);
            var uses = core.AllUses()
                .Where(use => SdkAssemblyPrefixes.Where(p => p != "YamlDotNet").Any(prefix => use.To.Assembly.StartsWith(prefix, StringComparison.Ordinal)))
                .Select(use => use.ToString())
                .Distinct()
                .ToList();
            Assert.True(uses.Count == 0, string.Join(Environment.NewLine, uses));
        }

        [Theory]
        [InlineData("spofaudit.dll")]
        [InlineData("SpofAudit.PowerShell.dll")]
        public void Face_uses_no_provider_type(string face)
        {
            using var compiled = CompiledAssembly.Open(face);
            var uses = compiled.AllUses()
                .Where(use => ProviderAssemblies.Contains(use.To.Assembly, StringComparer.Ordinal)
                    || use.To.Assembly.StartsWith("AWSSDK.", StringComparison.Ordinal)
                    || use.To.Assembly.StartsWith("Azure.", StringComparison.Ordinal))
                .Select(use => use.ToString())
                .Distinct()
                .ToList();
            Assert.True(uses.Count == 0, $"{face} uses provider types; go through the inventory-source interface in Core:{Environment.NewLine}{string.Join(Environment.NewLine, uses)}");
        }
    }
}
