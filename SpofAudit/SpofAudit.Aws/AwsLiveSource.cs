using System;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws
{
    /// <summary>A live, read-only AWS account as a model source: <see cref="AwsAudit.BuildModelAsync"/> behind the core's interface.</summary>
    public sealed class AwsLiveSource : IModelSource
    {
        private readonly AwsAuditOptions _options;

        public AwsLiveSource(AwsAuditOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <exception cref="AwsAuditException">Credentials, access to GetCallerIdentity, a failed call or a malformed response.</exception>
        public Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken) =>
            AwsAudit.BuildModelAsync(_options, CancellableHost.For(host, cancellationToken));
    }
}
