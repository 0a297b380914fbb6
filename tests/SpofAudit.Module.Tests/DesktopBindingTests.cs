using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// Windows PowerShell 5.1 cannot run here, so what it needs is proved from the files: every reference of every
    /// assembly the module ships must resolve on .NET Framework 4.7.2, either to a file the module ships (through
    /// <c>DesktopAssemblyResolver</c>'s rule: the shipped version, if it is at least the one asked for) or to an
    /// assembly of the framework (its reference assemblies and facades, at least the version asked for), or to the
    /// PowerShell engine the host provides.
    /// </summary>
    public sealed class DesktopBindingTests
    {
        private readonly Xunit.Abstractions.ITestOutputHelper _output;

        public DesktopBindingTests(Xunit.Abstractions.ITestOutputHelper output)
        {
            _output = output;
        }

        private const string LoaderName = "SpofAudit.PowerShell.Loader";

        private const string FrameworkPackage = "microsoft.netframework.referenceassemblies.net472";

        [Fact]
        public void Every_reference_of_every_shipped_assembly_resolves_on_NET_Framework_472()
        {
            var shipped = ShippedAssemblies();
            var framework = FrameworkAssemblies();
            var unresolved = new List<string>();
            var unified = 0;
            foreach (var (file, name) in shipped.Select(s => (s.Value.File, s.Key)))
            {
                foreach (var reference in ReferencesOf(file))
                {
                    if (reference.Name == "System.Management.Automation")
                    {
                        continue; // the host's engine
                    }

                    if (name == LoaderName && reference.Name == "System.Runtime.Loader")
                    {
                        continue; // PowerShell 7 only: see The_loader_touches_load_contexts_only_on_PowerShell_7
                    }

                    if (shipped.TryGetValue(reference.Name!, out var ship))
                    {
                        if (ship.Version < reference.Version)
                        {
                            unresolved.Add($"{name} needs {reference.Name} {reference.Version}, the module ships {ship.Version}");
                        }
                        else if (ship.Version != reference.Version)
                        {
                            unified++;
                            _output.WriteLine($"{name} -> {reference.Name} {reference.Version}: unified to the shipped {ship.Version}");
                        }

                        continue;
                    }

                    if (framework.TryGetValue(reference.Name!, out var version) && version >= reference.Version)
                    {
                        continue;
                    }

                    unresolved.Add(framework.TryGetValue(reference.Name!, out var found)
                        ? $"{name} needs {reference.Name} {reference.Version}, .NET Framework 4.7.2 has {found}"
                        : $"{name} needs {reference.Name} {reference.Version}, which neither the module nor .NET Framework 4.7.2 has");
                }
            }

            _output.WriteLine($"{shipped.Count} shipped assemblies; {unified} references need the resolver's version unification");
            Assert.True(unresolved.Count == 0, string.Join(Environment.NewLine, unresolved));
            // The resolver is not decoration: on .NET Framework these references fail without it.
            Assert.True(unified > 0, "no reference needs version unification; the resolver would be dead code");
        }

        [Fact]
        public void The_loader_touches_load_contexts_only_on_PowerShell_7()
        {
            // .NET Framework has no AssemblyLoadContext: the entry point Windows PowerShell 5.1 calls must not name it in
            // any signature or field (which loading the type would resolve). Only ModuleLoadContext, which the
            // PowerShell 7 branch alone creates, derives from it.
            var loader = Assembly.LoadFrom(RepositoryLayout.InModule(RepositoryLayout.LoaderAssemblyName));
            var entry = loader.GetType("SpofAudit.PowerShell.Loader.DependencyLoader", throwOnError: true)!;
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
            var named = entry.GetFields(all).Select(f => f.FieldType)
                .Concat(entry.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Where(t => t.Assembly.GetName().Name == "System.Runtime.Loader" || typeof(System.Runtime.Loader.AssemblyLoadContext).IsAssignableFrom(t))
                .Select(t => t.FullName)
                .ToArray();
            Assert.True(named.Length == 0, "DependencyLoader names load-context types: " + string.Join(", ", named));

            var derived = loader.GetTypes().Where(t => typeof(System.Runtime.Loader.AssemblyLoadContext).IsAssignableFrom(t)).Select(t => t.Name);
            Assert.Equal(new[] { "ModuleLoadContext" }, derived);
            var isolated = entry.GetMethod("LoadIsolated", all)!;
            Assert.True(isolated.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining), "LoadIsolated must not be inlined into the 5.1 path");
        }

        [Fact]
        public void The_resolver_gives_the_shipped_file_for_an_older_request_and_nothing_for_a_newer_or_foreign_one()
        {
            var loader = Assembly.LoadFrom(RepositoryLayout.InModule(RepositoryLayout.LoaderAssemblyName));
            var choose = loader.GetType("SpofAudit.PowerShell.Loader.DesktopAssemblyResolver", throwOnError: true)!
                .GetMethod("ShippedFileFor", BindingFlags.Public | BindingFlags.Static)!;
            string? Choose(string name) => (string?)choose.Invoke(null, new object[] { RepositoryLayout.DependencyFolder, new AssemblyName(name) });

            var memory = ShippedAssemblies()["System.Memory"];
            var older = new Version(memory.Version.Major, 0, 0, 0);
            Assert.Equal(memory.File, Choose($"System.Memory, Version={older}, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            Assert.Equal(memory.File, Choose($"System.Memory, Version={memory.Version}, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            Assert.Null(Choose($"System.Memory, Version={memory.Version.Major + 1}.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51"));
            Assert.Null(Choose("System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"));
        }

        private static Dictionary<string, (string File, Version Version)> ShippedAssemblies() =>
            Directory.GetFiles(RepositoryLayout.ModuleFolder, "*.dll", SearchOption.AllDirectories)
                .Select(file => (File: file, Name: AssemblyName.GetAssemblyName(file)))
                .ToDictionary(a => a.Name.Name!, a => (a.File, a.Name.Version!), StringComparer.OrdinalIgnoreCase);

        private static Dictionary<string, Version> FrameworkAssemblies()
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            var root = Path.Combine(packages, FrameworkPackage, "1.0.3", "build", ".NETFramework", "v4.7.2");
            Assert.True(Directory.Exists(root), $"{root} is missing: restore tests/SpofAudit.Module.Tests (it downloads {FrameworkPackage})");
            return Directory.GetFiles(root, "*.dll").Concat(Directory.GetFiles(Path.Combine(root, "Facades"), "*.dll"))
                .Select(NameOrNull)
                .OfType<AssemblyName>()
                .GroupBy(n => n.Name!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Max(n => n.Version)!, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>A reference-assembly file's name; null for the few files in the package that are not assemblies.</summary>
        private static AssemblyName? NameOrNull(string file)
        {
            try
            {
                return AssemblyName.GetAssemblyName(file);
            }
            catch (BadImageFormatException)
            {
                return null;
            }
        }

        private static IEnumerable<AssemblyName> ReferencesOf(string file)
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .Select(r => new AssemblyName { Name = reader.GetString(r.Name), Version = r.Version })
                .ToArray();
        }
    }
}
