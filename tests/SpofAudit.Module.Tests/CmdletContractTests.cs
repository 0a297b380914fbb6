using System;
using System.IO;
using System.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>The cmdlets the assembly defines are exactly those the manifest exports, and follow PowerShell conventions.</summary>
    public sealed class CmdletContractTests
    {
        // The engine comes from the host; a module may reference only these outside its own folder.
        private static readonly string[] HostAssemblies = { "netstandard", "mscorlib", "System.Management.Automation" };

        // .NET's own on PowerShell 7, the only place the loader uses it (DesktopBindingTests covers 5.1).
        private const string PowerShell7LoaderReference = "System.Runtime.Loader";

        [Fact]
        public void Manifest_exports_exactly_the_cmdlet_classes_of_the_assembly()
        {
            var defined = BuiltModule.CmdletAssembly.Cmdlets.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal);
            var exported = BuiltModule.ExportedCmdlets.OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(defined, exported);
        }

        [Theory]
        [InlineData("Get-SpofModel")]
        [InlineData("Get-SpofReport")]
        [InlineData("Get-SpofImpact")]
        [InlineData("Export-SpofGraph")]
        [InlineData("Measure-SpofAvailability")]
        public void Every_cmdlet_that_reads_a_model_can_read_it_from_aws_and_azure(string cmdlet)
        {
            var parameters = BuiltModule.CmdletAssembly.Cmdlets.Single(c => c.Name == cmdlet).Parameters;
            foreach (var cloud in new[] { "Aws", "Region", "ProfileName", "RoleArn", "EndpointUrl", "Azure", "Subscription", "TenantId", "Environment", "SignIn", "OverlayPath" })
            {
                Assert.Contains(cloud, parameters);
            }
        }

        [Fact]
        public void Every_cmdlet_declares_its_output_type()
        {
            Assert.NotEmpty(BuiltModule.CmdletAssembly.Cmdlets);
            Assert.All(BuiltModule.CmdletAssembly.Cmdlets, c => Assert.True(c.OutputTypes.Count > 0, $"{c.Name} has no [OutputType]"));
        }

        [Fact]
        public void Output_types_are_public_types_of_the_core_or_the_framework()
        {
            var core = BuiltModule.CoreAssembly.PublicTypes.ToHashSet(StringComparer.Ordinal);
            foreach (var type in BuiltModule.CmdletAssembly.Cmdlets.SelectMany(c => c.OutputTypes))
            {
                Assert.True(core.Contains(type) || type.StartsWith("System.", StringComparison.Ordinal), $"[OutputType] names '{type}'");
            }
        }

        [Fact]
        public void Verbs_are_approved_and_nouns_carry_the_Spof_prefix()
        {
            Assert.All(BuiltModule.CmdletAssembly.Cmdlets, c =>
            {
                Assert.True(ApprovedVerbs.All.Contains(c.Verb), $"{c.Name}: '{c.Verb}' is not an approved verb");
                Assert.StartsWith("Spof", c.Noun, StringComparison.Ordinal);
            });
        }

        [Fact]
        public void Cmdlet_classes_are_named_after_their_command()
        {
            // The class name is part of every FullyQualifiedErrorId, so keep it predictable.
            Assert.All(BuiltModule.CmdletAssembly.Cmdlets, c => Assert.EndsWith("." + c.Verb + c.Noun + "Command", c.TypeName, StringComparison.Ordinal));
        }

        [Fact]
        public void PowerShell_engine_assembly_is_not_shipped()
        {
            var shipped = Directory.EnumerateFiles(RepositoryLayout.ModuleFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName);
            Assert.DoesNotContain("System.Management.Automation.dll", shipped, StringComparer.OrdinalIgnoreCase);
        }

        [Fact]
        public void Every_assembly_reference_resolves_inside_the_module_or_the_host()
        {
            var shippedAssemblies = Directory.EnumerateFiles(RepositoryLayout.ModuleFolder, "*.dll", SearchOption.AllDirectories).ToArray();
            var shippedNames = shippedAssemblies.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var assembly in shippedAssemblies)
            {
                foreach (var reference in ModuleAssembly.Read(assembly).References)
                {
                    Assert.True(
                        shippedNames.Contains(reference) || HostAssemblies.Contains(reference, StringComparer.OrdinalIgnoreCase)
                            || (Path.GetFileName(assembly) == RepositoryLayout.LoaderAssemblyName && reference == PowerShell7LoaderReference),
                        $"{Path.GetFileName(assembly)} references {reference}, which is neither shipped nor provided by PowerShell");
                }
            }
        }
    }
}
