using System.Collections.Generic;
using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Tests.Loading.Backstage
{
    /// <summary>A host that keeps what the catalog loader says, for the tests to read.</summary>
    internal sealed class RecordingHost : ISpofHost
    {
        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();

        public CancellationToken CancellationToken => CancellationToken.None;

        public void WriteWarning(string message) => Warnings.Add(message);

        public void WriteVerbose(string message) => Verbose.Add(message);

        public void WriteDebug(string message)
        {
        }

        public void WriteProgress(string activity, string status, int percent)
        {
        }
    }
}
