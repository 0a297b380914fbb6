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

        [Fact]
        public void The_engine_knows_no_findings_and_the_model_no_engine()
        {
            using var core = CompiledAssembly.Open(Core);
            var graph = new LayerGraph(core.AllUses(), "SpofAudit");
            var forbidden = new[]
            {
                ("SpofAudit.Analysis", "SpofAudit.Findings"),
                ("SpofAudit.Analysis", "SpofAudit.Rendering"),
                ("SpofAudit.Analysis", "SpofAudit.Export"),
                ("SpofAudit.Model", "SpofAudit.Analysis"),
                ("SpofAudit.Model", "SpofAudit.Loading"),
                ("SpofAudit.Loading", "SpofAudit.Rendering"),
                ("SpofAudit.Findings", "SpofAudit.Rendering"),
            };
            var broken = forbidden.Where(pair => graph.Uses(pair.Item1, pair.Item2)).Select(pair => $"{pair.Item1} uses {pair.Item2}").ToList();
            Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
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
