using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Tests.Pipeline
{
    /// <summary>A source that hands out one model it was given, and counts its reads.</summary>
    internal sealed class ModelOnlySource : IModelSource
    {
        private readonly SpofModel _model;

        public ModelOnlySource(SpofModel model)
        {
            _model = model;
        }

        public int Reads { get; private set; }

        public Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Reads++;
            return Task.FromResult(_model);
        }
    }
}
