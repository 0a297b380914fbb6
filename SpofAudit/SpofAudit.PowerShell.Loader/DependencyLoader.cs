using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SpofAudit.PowerShell.Loader
{
    /// <summary>
    /// What SpofAudit.psm1 calls to load the module: the cmdlet assembly and the engine assembly whose types scripts
    /// name (<c>[SpofAudit.Findings.Severity]</c>), with every library they need from the module's Dependencies folder.
    /// </summary>
    public static class DependencyLoader
    {
        /// <summary>The subfolder of the module that holds the engine and its libraries.</summary>
        public const string DependencyFolderName = "Dependencies";

        /// <summary>The cmdlet assembly, in the module folder (PowerShell finds its help in the folder's en-US).</summary>
        public const string CmdletAssemblyFileName = "SpofAudit.PowerShell.dll";

        /// <summary>The engine assembly that holds the public output types.</summary>
        public const string TypeAssemblyName = "SpofAudit.Core";

        private static readonly object Gate = new object();

        // Process-wide, like the hooks they stand for (a load context cannot be unloaded, the AppDomain's
        // AssemblyResolve is global): a re-import (Import-Module -Force) must get the same assemblies, or findings
        // made before it would no longer bind to the cmdlets' parameters.
        private static object? _moduleLoadContext;
        private static bool _desktopResolverInstalled;

        /// <summary>
        /// Loads the module: the cmdlet assembly first, then the engine assembly with the public types. On PowerShell 7
        /// both, and everything they use, load into SpofAudit's own <see cref="ModuleLoadContext"/>, isolated from other
        /// modules' copies of the same libraries; on Windows PowerShell 5.1, which has no load contexts, the
        /// version-unifying <see cref="DesktopAssemblyResolver"/> serves the Dependencies folder.
        /// </summary>
        public static Assembly[] LoadModule(string moduleFolder)
        {
            var dependencies = Path.Combine(moduleFolder, DependencyFolderName);
            var cmdlets = Path.Combine(moduleFolder, CmdletAssemblyFileName);
            lock (Gate)
            {
                return DesktopAssemblyResolver.IsNeeded
                    ? LoadForDesktop(dependencies, cmdlets)
                    : LoadIsolated(dependencies, cmdlets);
            }
        }

        private static Assembly[] LoadForDesktop(string dependencies, string cmdlets)
        {
            if (!_desktopResolverInstalled)
            {
                AppDomain.CurrentDomain.AssemblyResolve += new DesktopAssemblyResolver(dependencies).Resolve;
                _desktopResolverInstalled = true;
            }

            return new[] { Assembly.LoadFrom(cmdlets), Assembly.Load(new AssemblyName(TypeAssemblyName)) };
        }

        // Kept out of LoadModule's body so that .NET Framework never loads ModuleLoadContext, whose base type
        // (AssemblyLoadContext) it does not have: a method's callees are compiled only when it runs.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static Assembly[] LoadIsolated(string dependencies, string cmdlets)
        {
            var context = _moduleLoadContext as ModuleLoadContext;
            if (context == null)
            {
                context = new ModuleLoadContext(dependencies, HostAssemblies.OfThisProcess());
                _moduleLoadContext = context;
            }

            return new[] { context.LoadFromAssemblyPath(cmdlets), context.LoadFromAssemblyName(new AssemblyName(TypeAssemblyName)) };
        }
    }
}
