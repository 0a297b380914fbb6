using System;
using System.IO;
using System.Management.Automation;
using SpofAudit.Export;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Writes the text of a report or graph to its file the way Out-File and Export-Csv do: -NoClobber refuses an
    /// existing file (ErrorId NoClobber, ResourceExists), -Force writes over a read-only file and leaves it
    /// read-only again. The file is UTF-8 without a byte-order mark, which some JSON, CSV and graph readers reject,
    /// written atomically (a failure leaves the previous file), and a symbolic link at the path is refused.
    /// </summary>
    internal static class OutputFileWriter
    {
        /// <summary>With -NoClobber: the error for an existing <paramref name="file"/>; null when it may be written.</summary>
        /// <param name="path">The path as the user gave it: the error's target.</param>
        public static ErrorRecord? Refuse(string file, string path, bool noClobber) =>
            noClobber && ReportFileWriter.Occupied(file)
                ? InputErrorRecords.Create(
                    ErrorIds.NoClobber, ErrorCategory.ResourceExists, path, $"The file '{path}' already exists; -NoClobber leaves it as it is.")
                : null;

        /// <summary>Writes <paramref name="text"/> to <paramref name="file"/>; the error when it cannot, else null.</summary>
        /// <param name="path">The path as the user gave it: the error's target.</param>
        /// <param name="force">Replace a read-only file (the new one is read-only again).</param>
        public static ErrorRecord? Write(string file, string path, string text, bool force)
        {
            try
            {
                // Core's writer, the CLI's too: a temporary file renamed over the target, never through a symbolic link.
                ReportFileWriter.Write(file, writer => writer.Write(text), replaceReadOnly: force);
                return null;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                var hint = e is UnauthorizedAccessException && !force && ReportFileWriter.IsReadOnlyFile(file) ? " Use -Force to replace a read-only file." : string.Empty;
                return InputErrorRecords.Create(ErrorIds.OutFileWriteFailed, ErrorCategory.WriteError, path, $"Cannot write '{path}': {e.Message}{hint}", e);
            }
        }
    }
}
