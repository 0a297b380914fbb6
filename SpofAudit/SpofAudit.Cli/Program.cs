using System;

namespace SpofAudit.Cli
{
    /// <summary>The process entry point: the console and Ctrl+C, handed to <see cref="SpofCli"/>.</summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            using var cancellation = new CtrlCCancellation();
            return SpofCli.Run(args, Console.Out, Console.Error, cancellation.Token);
        }
    }
}
