using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Sourcing
{
    /// <summary>
    /// A host whose cancellation is a given token: lets a source honour the token it was handed by
    /// <see cref="IModelSource.ReadAsync"/> while its messages still go to the face's host.
    /// </summary>
    public sealed class CancellableHost : ISpofHost
    {
        private readonly ISpofHost _inner;

        private CancellableHost(ISpofHost inner, CancellationToken cancellationToken)
        {
            _inner = inner;
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        /// <summary><paramref name="host"/> itself when it already has that token, else a host that has.</summary>
        public static ISpofHost For(ISpofHost host, CancellationToken cancellationToken) =>
            host.CancellationToken == cancellationToken ? host : new CancellableHost(host, cancellationToken);

        public void WriteWarning(string message) => _inner.WriteWarning(message);

        public void WriteVerbose(string message) => _inner.WriteVerbose(message);

        public void WriteDebug(string message) => _inner.WriteDebug(message);

        public void WriteProgress(string activity, string status, int percent) => _inner.WriteProgress(activity, status, percent);
    }
}
