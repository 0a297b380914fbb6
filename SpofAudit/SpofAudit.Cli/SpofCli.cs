using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Threading;

namespace SpofAudit.Cli
{
    /// <summary>
    /// The whole command line, callable in-process: parse <c>args</c>, run the command, return the exit code.
    /// Everything goes to the given writers, so tests run it without a process and Program passes the console.
    /// </summary>
    public static class SpofCli
    {
        public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        {
            var context = new CliContext(stdout, stderr, cancellationToken);
            var root = BuildRoot(context);
            var parse = root.Parse(args);

            // System.CommandLine prints parse errors with the full help and exits 1; the contract is one
            // line and exit 2 ("bad usage"), so errors are reported here unless --help or --version was asked.
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
            {
                ErrorLine.Write(stderr, ParseErrorMessage.Describe(parse));
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,

                // Ctrl+C arrives through cancellationToken (see CtrlCCancellation); no second handler here.
                ProcessTerminationTimeout = null,
            });
        }

        private static RootCommand BuildRoot(CliContext context)
        {
            var verbose = new Option<bool>("--verbose", "-v")
            {
                Description = "Write what spofaudit is doing to standard error.",
                Recursive = true,
            };
            var runner = new CommandRunner(context, verbose);
            var root = new RootCommand("spofaudit: find single points of failure in an architecture.")
            {
                verbose,
                new ReportCommand(runner).Build(),
                new ImpactCommand(runner).Build(),
                new GraphCommand(runner).Build(),
                new DiffCommand(runner).Build(),
                new AvailabilityCommand(runner).Build(),
            };
            return root;
        }
    }
}
