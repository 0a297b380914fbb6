using System.Collections.Generic;
using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Azure.Tests
{
    /// <summary>An ISpofHost that keeps what the core told it, so tests can assert warnings and progress.</summary>
    internal sealed class RecordingHost : ISpofHost
    {
        public RecordingHost(CancellationToken cancellationToken = default)
        {
            CancellationToken = cancellationToken;
        }

        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Progress { get; } = new List<string>();
        public CancellationToken CancellationToken { get; }

        public void WriteWarning(string message)
        {
            lock (Warnings)
            {
                Warnings.Add(message);
            }
        }

        public void WriteVerbose(string message)
        {
            lock (Verbose)
            {
                Verbose.Add(message);
            }
        }

        public void WriteDebug(string message)
        {
            lock (Verbose)
            {
                Verbose.Add("debug: " + message);
            }
        }

        public void WriteProgress(string activity, string status, int percent)
        {
            lock (Progress)
            {
                Progress.Add($"{activity}: {status} ({percent}%)");
            }
        }
    }
}
