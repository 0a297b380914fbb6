using System;
using System.IO;
using SpofAudit.Export;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Sends rendered output to stdout or to <c>--output FILE</c>. A file is written through Core's
    /// ReportFileWriter: to a temporary file beside it, renamed over it once complete, so a failed or killed run
    /// never leaves half a report behind for a CI step to pick up, and the previous report survives a failure.
    /// A symbolic link at FILE is refused (exit 2), never written through; so is an existing FILE with
    /// <c>--no-clobber</c>, and a read-only FILE unless <c>--force</c>.
    /// </summary>
    public static class OutputTarget
    {
        public static void Write(CliContext context, string? path, Action<TextWriter> render, bool noClobber = false, bool force = false)
        {
            if (string.IsNullOrEmpty(path))
            {
                render(context.Stdout);
                context.Stdout.Flush();
                return;
            }

            if (noClobber && ReportFileWriter.Occupied(path))
            {
                throw new CliUsageException($"{path}: the output file already exists; --no-clobber leaves it as it is.");
            }

            try
            {
                ReportFileWriter.Write(path, render, replaceReadOnly: force);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                var hint = e is UnauthorizedAccessException && !force && ReportFileWriter.IsReadOnlyFile(path) ? " Use --force to replace a read-only file." : string.Empty;
                throw new CliUsageException($"{path}: cannot write the output file: {e.Message}{hint}", e);
            }
        }
    }
}
