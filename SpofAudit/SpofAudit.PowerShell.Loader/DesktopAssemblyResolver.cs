using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SpofAudit.PowerShell.Loader
{
    /// <summary>
    /// On Windows PowerShell 5.1 (.NET Framework) an assembly reference binds to its exact version, and the module's
    /// netstandard2.0 dependencies ask for versions older than the ones it ships (System.Memory, System.Text.Json,
    /// Microsoft.Bcl.AsyncInterfaces...). With no binding redirects in powershell.exe.config, this handler does what a
    /// redirect would: a request for an assembly the module ships, at any version up to the shipped one, gets the
    /// shipped file, or the same assembly already loaded at an equal or higher version (another module's copy), so one
    /// copy serves the session. PowerShell 7 binds to higher versions by itself and never needs it.
    /// </summary>
    /// <remarks>Uses no PowerShell type, so tests can run its rule in a plain .NET process.</remarks>
    public sealed class DesktopAssemblyResolver
    {
        private readonly string _moduleFolder;
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        public DesktopAssemblyResolver(string moduleFolder)
        {
            _moduleFolder = moduleFolder;
        }

        /// <summary>Whether this process runs on .NET Framework, where exact-version binding applies.</summary>
        public static bool IsNeeded =>
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);

        /// <summary>
        /// The file the module ships for <paramref name="requested"/> when its version is at most the shipped one;
        /// null for an assembly the module does not ship (the framework's own, or the host's), or a newer request.
        /// </summary>
        public static string? ShippedFileFor(string moduleFolder, AssemblyName requested)
        {
            if (string.IsNullOrEmpty(requested.Name))
            {
                return null;
            }

            var path = Path.Combine(moduleFolder, requested.Name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            var shipped = AssemblyName.GetAssemblyName(path).Version;
            return requested.Version == null || (shipped != null && shipped >= requested.Version) ? path : null;
        }

        /// <summary>The AppDomain.AssemblyResolve handler.</summary>
        public Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var requested = new AssemblyName(args.Name);
            if (string.IsNullOrEmpty(requested.Name))
            {
                return null;
            }

            lock (_loaded)
            {
                if (_loaded.TryGetValue(requested.Name!, out var known))
                {
                    return known.GetName().Version >= requested.Version ? known : null;
                }

                var path = ShippedFileFor(_moduleFolder, requested);
                if (path == null)
                {
                    return null;
                }

                var assembly = AlreadyLoaded(requested) ?? Assembly.LoadFrom(path);
                _loaded[requested.Name!] = assembly;
                return assembly;
            }
        }

        private static Assembly? AlreadyLoaded(AssemblyName requested)
        {
            foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
            {
                var name = assembly.GetName();
                if (string.Equals(name.Name, requested.Name, StringComparison.OrdinalIgnoreCase)
                    && (requested.Version == null || name.Version >= requested.Version))
                {
                    return assembly;
                }
            }

            return null;
        }
    }
}
