using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Sources
{
    /// <summary>A source that ends its read with the <see cref="ModelSummary"/> verbose line, the same in every face.</summary>
    internal sealed class SummarizedSource : IModelSource
    {
        private readonly IModelSource _inner;

        public SummarizedSource(IModelSource inner)
        {
            _inner = inner;
        }

        public async Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken)
        {
            var model = await _inner.ReadAsync(host, cancellationToken).ConfigureAwait(false);
            host.WriteVerbose(ModelSummary.Describe(model));
            return model;
        }
    }
}
