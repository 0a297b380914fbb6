using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Turns PowerShell paths (relative to the current location, PSDrives, wildcards) into file-system
    /// paths the core can open. Problems become ErrorRecords rather than exceptions, so one call can
    /// report every bad path at once.
    /// </summary>
    internal sealed class InputPathResolver
    {
        private const string FileSystemProviderName = "FileSystem";

        /// <summary>What the input paths name unless a caller says otherwise.</summary>
        public const string ArchitectureFile = "architecture file";
        public const string BackstageCatalog = "Backstage catalog";
        public const string OnCallExport = "on-call schedule export";

        private readonly PSCmdlet _cmdlet;
        private readonly string _what;

        /// <param name="cmdlet">The cmdlet whose location and providers resolve the paths.</param>
        /// <param name="what">What the paths name, for the errors: "architecture file", "baseline report", "suppression file".</param>
        public InputPathResolver(PSCmdlet cmdlet, string what = ArchitectureFile)
        {
            _cmdlet = cmdlet;
            _what = what;
        }

        /// <summary>Adds the files <paramref name="path"/> names to <paramref name="files"/>, or an error to <paramref name="errors"/>.</summary>
        public void Resolve(string path, bool literal, ICollection<string> files, ICollection<ErrorRecord> errors)
        {
            try
            {
                if (literal)
                {
                    var file = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                    AddFile(path, file, provider, files, errors);
                    return;
                }

                var resolved = _cmdlet.GetResolvedProviderPathFromPSPath(path, out var wildcardProvider);
                if (resolved.Count == 0)
                {
                    // A wildcard that matches nothing resolves to an empty list rather than throwing.
                    errors.Add(NotFound(path));
                }

                foreach (var file in resolved)
                {
                    AddFile(path, file, wildcardProvider, files, errors);
                }
            }
            catch (ItemNotFoundException)
            {
                errors.Add(NotFound(path));
            }
            catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is ArgumentException || e is NotSupportedException)
            {
                errors.Add(InputErrorRecords.Create(ErrorIds.FileNotFound, ErrorCategory.ObjectNotFound, path, $"Cannot find path '{path}': {e.Message}", e));
            }
        }

        /// <summary>Resolves an output path that need not exist yet; null (and an error) when it is not a file-system path.</summary>
        public string? ResolveOutput(string path, ICollection<ErrorRecord> errors)
        {
            try
            {
                var file = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
                if (provider.Name != FileSystemProviderName)
                {
                    errors.Add(NotFileSystem(path, provider));
                    return null;
                }

                return file;
            }
            catch (Exception e) when (e is System.Management.Automation.DriveNotFoundException || e is ProviderNotFoundException || e is ArgumentException || e is NotSupportedException)
            {
                errors.Add(InputErrorRecords.Create(ErrorIds.OutFileWriteFailed, ErrorCategory.InvalidArgument, path, $"Cannot write to '{path}': {e.Message}", e));
                return null;
            }
        }

        private void AddFile(string path, string file, ProviderInfo provider, ICollection<string> files, ICollection<ErrorRecord> errors)
        {
            if (provider.Name != FileSystemProviderName)
            {
                errors.Add(NotFileSystem(path, provider));
            }
            else if (Directory.Exists(file))
            {
                var example = _what == ArchitectureFile ? $", for example '{System.IO.Path.Combine(path, "*.yaml")}'" : string.Empty;
                errors.Add(InputErrorRecords.Create(
                    ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path, $"'{path}' is a directory; name the {_what} in it{example}."));
            }
            else if (!File.Exists(file))
            {
                errors.Add(NotFound(path));
            }
            else
            {
                files.Add(file);
            }
        }

        private ErrorRecord NotFound(string path) =>
            InputErrorRecords.Create(ErrorIds.FileNotFound, ErrorCategory.ObjectNotFound, path, $"Cannot find the {_what} '{path}' because it does not exist.");

        private ErrorRecord NotFileSystem(string path, ProviderInfo provider) =>
            InputErrorRecords.Create(
                ErrorIds.NotAFileSystemPath, ErrorCategory.InvalidArgument, path, $"'{path}' is a {provider.Name} path; SpofAudit reads the {_what} from the file system only.");
    }
}
