using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using SpofAudit.PowerShell.Loader;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// The rule of SpofAudit's load context, in a plain .NET process: its libraries come from the module's Dependencies
    /// folder, whatever the default context already holds; what the host runtime provides comes from the host.
    /// </summary>
    public sealed class ModuleLoadContextTests
    {
        private static readonly string RuntimeFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        private static ModuleLoadContext NewContext() =>
            new ModuleLoadContext(RepositoryLayout.DependencyFolder, new HostAssemblies(Directory.GetFiles(RuntimeFolder, "*.dll")));

        [Fact]
        public void The_engine_and_its_libraries_load_from_the_dependency_folder_into_the_module_context()
        {
            var context = NewContext();
            foreach (var name in new[] { "SpofAudit.Core", "SpofAudit.Sources", "YamlDotNet", "Azure.Core", "AWSSDK.Core" })
            {
                var assembly = context.LoadFromAssemblyName(new AssemblyName(name));
                Assert.Same(context, AssemblyLoadContext.GetLoadContext(assembly));
                Assert.Equal(Path.Combine(RepositoryLayout.DependencyFolder, name + ".dll"), assembly.Location);
            }
        }

        [Fact]
        public void What_the_runtime_provides_comes_from_the_host_not_from_the_netstandard_copies_shipped_for_5_1()
        {
            var context = NewContext();
            foreach (var name in new[] { "System.Text.Json", "System.Memory", "System.Diagnostics.DiagnosticSource" })
            {
                Assert.True(File.Exists(Path.Combine(RepositoryLayout.DependencyFolder, name + ".dll")), name + " is shipped for Windows PowerShell 5.1");
                Assert.Null(context.FileFor(new AssemblyName(name)));
                var assembly = context.LoadFromAssemblyName(new AssemblyName(name));
                Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(assembly));
            }
        }

        [Fact]
        public void A_newer_version_than_the_host_has_is_served_from_the_dependency_folder()
        {
            var shipped = AssemblyName.GetAssemblyName(Path.Combine(RepositoryLayout.DependencyFolder, "System.Text.Json.dll"));
            var newer = new AssemblyName("System.Text.Json") { Version = new Version(99, 0, 0, 0) };
            var host = new HostAssemblies(Directory.GetFiles(RuntimeFolder, "*.dll"));
            Assert.True(host.Provides(shipped));
            Assert.False(host.Provides(newer));
        }

        [Fact]
        public void Nothing_the_folder_lacks_is_loaded_by_the_module_context()
        {
            var context = NewContext();
            Assert.Null(context.FileFor(new AssemblyName("System.Management.Automation")));
            Assert.Null(context.FileFor(new AssemblyName("Newtonsoft.Json")));
        }
    }
}
