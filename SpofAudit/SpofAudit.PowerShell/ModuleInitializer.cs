using System;
using System.IO;
using System.Management.Automation;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Runs when the module is imported and removed: on Windows PowerShell 5.1 it installs the version-unifying
    /// <see cref="DesktopAssemblyResolver"/> before any cmdlet touches a dependency, and takes it away again on
    /// Remove-Module so a re-import does not stack handlers.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        // One handler per AppDomain, which is process-wide; PowerShell may make a new initializer for OnRemove.
        private static ResolveEventHandler? _handler;

        public void OnImport()
        {
            if (!DesktopAssemblyResolver.IsNeeded || _handler != null)
            {
                return;
            }

            var folder = Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? string.Empty;
            _handler = new DesktopAssemblyResolver(folder).Resolve;
            AppDomain.CurrentDomain.AssemblyResolve += _handler;
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (_handler != null)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= _handler;
                _handler = null;
            }
        }
    }
}
