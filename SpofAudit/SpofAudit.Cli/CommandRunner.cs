using System;
using System.CommandLine;
using System.IO;
using SpofAudit.Sourcing;
using SpofAudit.Diagnostics;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Runs a command's body and turns every way it can end into an exit code and at most one stderr line:
    /// a user's mistake is exit 2, Ctrl+C exit 130, and only a bug in spofaudit reaches exit 3.
    /// </summary>
    public sealed class CommandRunner
    {
        private readonly CliContext _context;
        private readonly Option<bool> _verbose;

        public CommandRunner(CliContext context, Option<bool> verbose)
        {
            _context = context;
            _verbose = verbose;
        }

        public CliContext Context => _context;

        public int Run(ParseResult parse, Func<StderrHost, int> body)
        {
            var host = new StderrHost(_context.Stderr, parse.GetValue(_verbose), _context.CancellationToken);
            try
            {
                host.CancellationToken.ThrowIfCancellationRequested();
                return body(host);
            }
            catch (SpofInputException e)
            {
                return Fail(e.Message, ExitCodes.BadInput);
            }
            catch (CliUsageException e)
            {
                return Fail(e.Message, ExitCodes.BadInput);
            }
            catch (SourceFailureException e)
            {
                // A live source without credentials or access, or a service that kept failing: no model, no report.
                return Fail(e.Message, ExitCodes.BadInput);
            }
            catch (OperationCanceledException) when (host.CancellationToken.IsCancellationRequested)
            {
                return Fail("cancelled", ExitCodes.Cancelled);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // The loader reports unreadable files itself; this covers anything the environment throws later.
                return Fail(e.Message, ExitCodes.BadInput);
            }
            catch (Exception e)
            {
                return Fail($"internal error ({e.GetType().Name}): {e.Message}", ExitCodes.InternalError);
            }
        }

        private int Fail(string message, int exitCode)
        {
            ErrorLine.Write(_context.Stderr, message);
            return exitCode;
        }
    }
}
