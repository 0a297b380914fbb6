using System.IO;
using System.Threading;
using SpofAudit.Export;

namespace SpofAudit.Cli.Tests
{
    /// <summary>Runs spofaudit in-process with captured output: the same code path as the real process, minus the console.</summary>
    public static class Cli
    {
        public static CliResult Run(params string[] args) => Run(CancellationToken.None, args);

        public static CliResult Run(CancellationToken cancellation, params string[] args)
        {
            var stdout = new Utf8StringWriter();
            var stderr = new Utf8StringWriter();
            var exit = SpofCli.Run(args, stdout, stderr, cancellation);
            return new CliResult(exit, stdout.ToString(), stderr.ToString());
        }
    }
}
