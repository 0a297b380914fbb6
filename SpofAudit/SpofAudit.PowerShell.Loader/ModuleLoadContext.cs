using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace SpofAudit.PowerShell.Loader
{
    /// <summary>
    /// SpofAudit's own load context on PowerShell 7: the engine (SpofAudit.Core, the sources) and every library it ships
    /// (YamlDotNet, the AWS and Azure SDKs, MSAL, System.ClientModel...) load here from the module's dependency folder,
    /// so another module's copy of the same library in the session (Az.Accounts' Azure.Core, AWS.Tools' AWSSDK.Core)
    /// never meets SpofAudit's, in either load order.
    /// </summary>
    /// <remarks>
    /// An assembly the host already provides at the version asked for (the .NET runtime's System.Text.Json,
    /// System.Memory...) is left to the default context: the netstandard packages' copies the module ships for Windows
    /// PowerShell 5.1 would only duplicate the runtime's types. Anything the folder does not hold (the PowerShell
    /// engine, the runtime) falls back to the default context too.
    /// </remarks>
    public sealed class ModuleLoadContext : AssemblyLoadContext
    {
        private readonly string _dependencyFolder;
        private readonly HostAssemblies _host;

        public ModuleLoadContext(string dependencyFolder, HostAssemblies host)
        {
            _dependencyFolder = dependencyFolder;
            _host = host;
        }

        /// <summary>The folder this context loads from.</summary>
        public string DependencyFolder => _dependencyFolder;

        /// <summary>The file this context loads for <paramref name="name"/>; null when the host's copy (or nothing) serves it.</summary>
        public string? FileFor(AssemblyName name)
        {
            if (string.IsNullOrEmpty(name.Name))
            {
                return null;
            }

            var path = Path.Combine(_dependencyFolder, name.Name + ".dll");
            if (!File.Exists(path) || _host.Provides(name))
            {
                return null;
            }

            return path;
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = FileFor(assemblyName);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
