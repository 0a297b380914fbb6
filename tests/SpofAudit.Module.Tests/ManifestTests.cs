using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>The built manifest is valid, explicit, and describes exactly the files beside it.</summary>
    public sealed class ManifestTests
    {
        [Fact]
        public void Module_folder_holds_the_repository_manifest_unchanged()
        {
            var source = File.ReadAllBytes(Path.Combine(RepositoryLayout.RepositoryRoot, RepositoryLayout.ModuleName + ".psd1"));
            var built = File.ReadAllBytes(RepositoryLayout.InModule(RepositoryLayout.ModuleName + ".psd1"));
            Assert.Equal(source, built);
        }

        [Fact]
        public void Root_module_is_the_loading_script_and_is_shipped()
        {
            Assert.Equal(RepositoryLayout.RootModuleName, BuiltModule.ManifestString("RootModule"));
            Assert.True(File.Exists(RepositoryLayout.InModule(RepositoryLayout.RootModuleName)));
            Assert.True(File.Exists(RepositoryLayout.InModule(RepositoryLayout.ModuleAssemblyName)));
        }

        [Fact]
        public void Module_root_holds_only_the_loader_and_the_cmdlet_assembly()
        {
            // Every other assembly beside them would be found by PowerShell's default probing, outside the isolation.
            var rootAssemblies = Directory.GetFiles(RepositoryLayout.ModuleFolder, "*.dll").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);
            Assert.Equal(new[] { RepositoryLayout.LoaderAssemblyName, RepositoryLayout.ModuleAssemblyName }, rootAssemblies);
        }

        [Fact]
        public void Format_files_and_every_listed_file_are_shipped()
        {
            var formats = BuiltModule.ManifestList("FormatsToProcess");
            Assert.NotEmpty(formats);
            var listed = BuiltModule.ManifestList("FileList");
            var missing = formats.Concat(listed).Where(f => !File.Exists(RepositoryLayout.InModule(f))).ToArray();
            Assert.True(missing.Length == 0, "Missing from out/SpofAudit: " + string.Join(", ", missing));
        }

        [Fact]
        public void Module_folder_ships_nothing_the_file_list_does_not_name()
        {
            var listed = new HashSet<string>(BuiltModule.ManifestList("FileList").Select(Normalise), StringComparer.Ordinal);
            var shipped = Directory.EnumerateFiles(RepositoryLayout.ModuleFolder, "*", SearchOption.AllDirectories)
                .Select(f => Normalise(Path.GetRelativePath(RepositoryLayout.ModuleFolder, f)));
            var stray = shipped.Where(f => !listed.Contains(f)).ToArray();
            Assert.True(stray.Length == 0, "Not in FileList (stale or unintended): " + string.Join(", ", stray));
        }

        [Theory]
        [InlineData("FunctionsToExport")]
        [InlineData("AliasesToExport")]
        [InlineData("VariablesToExport")]
        public void Exports_other_than_cmdlets_are_explicitly_empty(string key)
        {
            // Present and empty: a missing key means "export everything", which also slows discovery.
            Assert.True(BuiltModule.Manifest.ContainsKey(key), $"{key} must be present");
            Assert.Empty(BuiltModule.ManifestList(key));
        }

        [Fact]
        public void Cmdlet_exports_are_explicit()
        {
            Assert.NotEmpty(BuiltModule.ExportedCmdlets);
            Assert.DoesNotContain(BuiltModule.ExportedCmdlets, c => c.Contains('*', StringComparison.Ordinal));
        }

        [Fact]
        public void Runs_on_Windows_PowerShell_5_1_and_PowerShell_7()
        {
            Assert.Equal("5.1", BuiltModule.ManifestString("PowerShellVersion"));
            Assert.Equal(new[] { "Core", "Desktop" }, BuiltModule.ManifestList("CompatiblePSEditions").OrderBy(e => e, StringComparer.Ordinal));
        }

        [Fact]
        public void Has_a_fixed_guid_and_the_assembly_version()
        {
            Assert.NotEqual(Guid.Empty, Guid.Parse(BuiltModule.ManifestString("GUID")));
            var moduleVersion = Version.Parse(BuiltModule.ManifestString("ModuleVersion"));
            var assemblyVersion = BuiltModule.CmdletAssembly.Version;
            Assert.Equal(new Version(assemblyVersion.Major, assemblyVersion.Minor, assemblyVersion.Build), moduleVersion);
        }

        [Fact]
        public void Gallery_data_has_tags_and_no_placeholder_links()
        {
            var privateData = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(BuiltModule.Manifest["PrivateData"]);
            var psData = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(privateData["PSData"]);
            var tags = Assert.IsAssignableFrom<IReadOnlyList<object>>(psData["Tags"]).Cast<string>().ToArray();
            Assert.NotEmpty(tags);
            Assert.All(tags, t => Assert.DoesNotContain(' ', t)); // the gallery rejects tags with spaces
            foreach (var key in psData.Keys.Where(k => k.EndsWith("Uri", StringComparison.OrdinalIgnoreCase)))
            {
                var uri = new Uri(Assert.IsType<string>(psData[key]), UriKind.Absolute);
                Assert.Equal(Uri.UriSchemeHttps, uri.Scheme);
            }
        }

        private static string Normalise(string relativePath) => relativePath.Replace('\\', '/');
    }
}
