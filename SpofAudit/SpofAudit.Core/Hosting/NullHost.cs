using System.Threading;

namespace SpofAudit.Hosting
{
    /// <summary>A host that discards everything: for tests and for callers that want no chatter.</summary>
    public sealed class NullHost : ISpofHost
    {
        public void WriteWarning(string message)
        {
        }

        public void WriteVerbose(string message)
        {
        }

        public void WriteDebug(string message)
        {
        }

        public void WriteProgress(string activity, string status, int percent)
        {
        }

        public CancellationToken CancellationToken => CancellationToken.None;
    }
}
