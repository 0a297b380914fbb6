using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace SpofAudit.PowerShell.Loader
{
    /// <summary>
    /// The assemblies the host process binds by itself: .NET's trusted platform assemblies (the shared runtime and
    /// PowerShell's own files), by simple name and version.
    /// </summary>
    public sealed class HostAssemblies
    {
        private readonly Dictionary<string, string> _files;
        private readonly Dictionary<string, Version?> _versions = new Dictionary<string, Version?>(StringComparer.OrdinalIgnoreCase);

        public HostAssemblies(IEnumerable<string> files)
        {
            _files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in files)
            {
                _files[Path.GetFileNameWithoutExtension(file)] = file;
            }
        }

        /// <summary>The trusted platform assemblies of this process (the runtime sets the list at start-up).</summary>
        public static HostAssemblies OfThisProcess()
        {
            var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
            return new HostAssemblies(list.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries));
        }

        /// <summary>Whether the host holds <paramref name="name"/> at the version asked for or higher.</summary>
        public bool Provides(AssemblyName name)
        {
            if (string.IsNullOrEmpty(name.Name) || !_files.TryGetValue(name.Name!, out var file))
            {
                return false;
            }

            Version? version;
            lock (_versions)
            {
                if (!_versions.TryGetValue(name.Name!, out version))
                {
                    version = VersionOf(file);
                    _versions[name.Name!] = version;
                }
            }

            return version != null && (name.Version == null || version >= name.Version);
        }

        private static Version? VersionOf(string file)
        {
            try
            {
                return AssemblyName.GetAssemblyName(file).Version;
            }
            catch (Exception e) when (e is IOException || e is BadImageFormatException || e is UnauthorizedAccessException)
            {
                // A file the host lists but that cannot be read does not count as provided.
                return null;
            }
        }
    }
}
