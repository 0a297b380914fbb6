using System.IO;
using System.Threading;

namespace SpofAudit.Cli
{
    /// <summary>Where a run writes and what stops it: the process's console, or a test's writers.</summary>
    public sealed class CliContext
    {
        public CliContext(TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        {
            Stdout = stdout;
            Stderr = stderr;
            CancellationToken = cancellationToken;
        }

        public TextWriter Stdout { get; }
        public TextWriter Stderr { get; }
        public CancellationToken CancellationToken { get; }
    }
}
