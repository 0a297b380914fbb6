using System;
using System.IO;
using System.Text;

namespace SpofAudit.Cli
{
    /// <summary>The process entry point: the console and Ctrl+C, handed to <see cref="SpofCli"/>.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            using var cancellation = new CtrlCCancellation();
            // Console.Out flushes on every write: one system call per JSON token made a 20,000-finding report spend
            // most of its time in write(2). Reports go through this buffered writer, flushed when each is complete.
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), OutputEncoding(), 1 << 16) { AutoFlush = false };
            try
            {
                return SpofCli.Run(args, stdout, Console.Error, cancellation.Token);
            }
            finally
            {
                stdout.Flush();
            }
        }

        // The console's encoding, without the byte-order mark UTF-8 would otherwise write at the start of a report.
        private static Encoding OutputEncoding() =>
            Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
    }
}
