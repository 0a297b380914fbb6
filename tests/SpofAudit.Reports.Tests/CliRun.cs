using System.IO;
using System.Text;
using SpofAudit.Cli;

namespace SpofAudit.Reports.Tests
{
    /// <summary>Runs spofaudit in-process with captured output.</summary>
    public static class CliRun
    {
        public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = SpofCli.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }
    }
}
