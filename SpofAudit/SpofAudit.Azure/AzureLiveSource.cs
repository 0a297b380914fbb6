using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Azure
{
    /// <summary>
    /// Live Azure subscriptions, with overlay files merged, as a model source. The read blocks on the network and
    /// on a person signing in, so it runs on a worker thread: a face waiting on it keeps showing its messages
    /// (the device code among them) as they come.
    /// </summary>
    public sealed class AzureLiveSource : IModelSource
    {
        private readonly AzureSourceOptions _options;
        private readonly IReadOnlyList<string> _overlayPaths;

        public AzureLiveSource(AzureSourceOptions options, IReadOnlyList<string> overlayPaths)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _overlayPaths = overlayPaths ?? throw new ArgumentNullException(nameof(overlayPaths));
        }

        /// <exception cref="Diagnostics.SpofInputException">Sign-in failed, nothing readable, Azure kept failing, or a bad overlay.</exception>
        public Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken)
        {
            var readHost = CancellableHost.For(host, cancellationToken);
            return Task.Run(() => AzureModelSource.Build(AzureInventorySource.Read(_options, readHost), _overlayPaths, readHost), cancellationToken);
        }
    }
}
