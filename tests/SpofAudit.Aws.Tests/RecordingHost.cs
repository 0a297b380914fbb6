using System.Collections.Generic;
using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Tests
{
    /// <summary>A host that keeps what the core tells it, so tests can assert warnings and progress.</summary>
    internal sealed class RecordingHost : ISpofHost
    {
        public RecordingHost(CancellationToken cancellation = default)
        {
            CancellationToken = cancellation;
        }

        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Progress { get; } = new List<string>();
        public List<string> Debug { get; } = new List<string>();

        /// <summary>Each progress report's percentage, in the order written.</summary>
        public List<int> Percents { get; } = new List<int>();

        public CancellationToken CancellationToken { get; }

        public void WriteWarning(string message) => Warnings.Add(message);

        public void WriteVerbose(string message) => Verbose.Add(message);

        public void WriteDebug(string message) => Debug.Add(message);

        public void WriteProgress(string activity, string status, int percent)
        {
            Progress.Add($"{activity}: {status} ({percent}%)");
            Percents.Add(percent);
        }
    }
}
