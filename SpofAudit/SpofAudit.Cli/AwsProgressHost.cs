using System;
using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Cli
{
    /// <summary>
    /// The progress line of a live AWS audit: one stderr line per region even without <c>--verbose</c> (a scan of
    /// many regions takes a while), and one per retry of a call (an endpoint that does not answer would otherwise
    /// mean seconds of silence); with <c>--verbose</c>, every call's progress.
    /// </summary>
    internal sealed class AwsProgressHost : ISpofHost
    {
        private readonly StderrHost _inner;

        public AwsProgressHost(StderrHost inner)
        {
            _inner = inner;
        }

        public CancellationToken CancellationToken => _inner.CancellationToken;

        public void WriteWarning(string message) => _inner.WriteWarning(message);

        public void WriteVerbose(string message) => _inner.WriteVerbose(message);

        public void WriteDebug(string message) => _inner.WriteDebug(message);

        public void WriteProgress(string activity, string status, int percent)
        {
            if (_inner.IsVerbose)
            {
                _inner.WriteProgress(activity, status, percent);
            }
            else if (status.StartsWith("region ", StringComparison.Ordinal) || status.Contains(": retrying "))
            {
                _inner.WriteProgressLine($"{activity}: {status}");
            }
        }
    }
}
