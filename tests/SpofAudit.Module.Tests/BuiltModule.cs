using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>The built module folder, read once per test run: manifest, cmdlet assembly, core assembly.</summary>
    internal static class BuiltModule
    {
        private static readonly Lazy<IReadOnlyDictionary<string, object>> LazyManifest = new Lazy<IReadOnlyDictionary<string, object>>(
            () => Psd1Reader.Parse(File.ReadAllText(RepositoryLayout.InModule(RepositoryLayout.ModuleName + ".psd1"))));

        private static readonly Lazy<ModuleAssembly> LazyCmdlets = new Lazy<ModuleAssembly>(
            () => ModuleAssembly.Read(RepositoryLayout.InModule(RepositoryLayout.ModuleAssemblyName)));

        private static readonly Lazy<ModuleAssembly> LazyCore = new Lazy<ModuleAssembly>(
            () => ModuleAssembly.Read(RepositoryLayout.InModule(RepositoryLayout.CoreAssemblyName)));

        public static IReadOnlyDictionary<string, object> Manifest => LazyManifest.Value;

        public static ModuleAssembly CmdletAssembly => LazyCmdlets.Value;

        public static ModuleAssembly CoreAssembly => LazyCore.Value;

        public static string ManifestString(string key) => Assert.IsType<string>(Manifest[key]);

        /// <summary>A manifest entry that must be a list of strings (a lone string counts as a list of one, as in PowerShell).</summary>
        public static IReadOnlyList<string> ManifestList(string key) => Manifest[key] switch
        {
            string single => new[] { single },
            IReadOnlyList<object> items => items.Select(i => Assert.IsType<string>(i)).ToArray(),
            var other => throw new InvalidOperationException($"{key} is a {other.GetType().Name}, not a list of strings"),
        };

        public static IReadOnlyList<string> ExportedCmdlets => ManifestList("CmdletsToExport");
    }
}
