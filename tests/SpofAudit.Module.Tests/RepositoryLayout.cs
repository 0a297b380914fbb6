using System;
using System.IO;

namespace SpofAudit.Module.Tests
{
    /// <summary>Where things are: the repository (the folder holding SpofAudit.slnx) and the built module folder.</summary>
    internal static class RepositoryLayout
    {
        public const string ModuleName = "SpofAudit";
        public const string ModuleAssemblyName = "SpofAudit.PowerShell.dll";
        public const string LoaderAssemblyName = "SpofAudit.PowerShell.Loader.dll";
        public const string RootModuleName = "SpofAudit.psm1";
        public const string DependencyFolderName = "Dependencies";
        public const string CoreAssemblyName = DependencyFolderName + "/SpofAudit.Core.dll";
        public const string HelpFileName = ModuleAssemblyName + "-Help.xml";

        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        public static string RepositoryRoot => Root.Value;

        /// <summary><c>out/SpofAudit</c>, which building the PowerShell project assembles.</summary>
        public static string ModuleFolder => Path.Combine(RepositoryRoot, "out", ModuleName);

        /// <summary><c>out/SpofAudit/Dependencies</c>: the engine and the libraries it ships.</summary>
        public static string DependencyFolder => Path.Combine(ModuleFolder, DependencyFolderName);

        public static string InModule(string relativePath) =>
            Path.Combine(ModuleFolder, relativePath.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar));

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SpofAudit.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException($"No SpofAudit.slnx above {AppContext.BaseDirectory}; run the tests from the repository.");
        }
    }
}
