using System.IO;
using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Cli
{
    /// <summary>
    /// The CLI side of <see cref="ISpofHost"/>: warnings always go to stderr, verbose notes and progress only
    /// with <c>--verbose</c> (stdout stays clean for the report, so it can be piped), and Ctrl+C arrives
    /// as the cancellation token.
    /// </summary>
    public sealed class StderrHost : ISpofHost
    {
        private readonly TextWriter _stderr;
        private readonly bool _verbose;

        public StderrHost(TextWriter stderr, bool verbose, CancellationToken cancellationToken)
        {
            _stderr = stderr;
            _verbose = verbose;
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary>Whether <c>--verbose</c> was given.</summary>
        public bool IsVerbose => _verbose;

        /// <summary>The CLI has no separate debug level: with <c>--verbose</c>, debug lines (one per cloud call) show too.</summary>
        public void WriteDebug(string message)
        {
            if (_verbose)
            {
                ErrorLine.Write(_stderr, "debug: " + message);
            }
        }

        /// <summary>A progress line shown whatever the verbosity (long live reads).</summary>
        public void WriteProgressLine(string message) => ErrorLine.Write(_stderr, message);

        /// <summary>A line saying why the run fails, written whatever the verbosity.</summary>
        public void WriteError(string message) => ErrorLine.Write(_stderr, message);

        public void WriteWarning(string message) => ErrorLine.Write(_stderr, "warning: " + message);

        public void WriteVerbose(string message)
        {
            if (_verbose)
            {
                ErrorLine.Write(_stderr, message);
            }
        }

        public void WriteProgress(string activity, string status, int percent)
        {
            if (_verbose)
            {
                ErrorLine.Write(_stderr, percent >= 0 ? $"{activity}: {status} ({percent}%)" : $"{activity}: {status}");
            }
        }
    }
}
