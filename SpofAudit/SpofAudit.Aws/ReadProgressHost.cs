using System.Threading;
using SpofAudit.Hosting;

namespace SpofAudit.Aws
{
    /// <summary>
    /// Turns the per-region progress of the inventory reader into one percentage over the whole read (all regions,
    /// all calls) that never goes backwards; a report without a percentage (a retry) keeps the last one.
    /// </summary>
    internal sealed class ReadProgressHost : ISpofHost
    {
        private readonly ISpofHost _inner;
        private int _region;
        private int _regions = 1;
        private int _last;

        public ReadProgressHost(ISpofHost inner)
        {
            _inner = inner;
        }

        public CancellationToken CancellationToken => _inner.CancellationToken;

        /// <summary>From now on, percentages are within region <paramref name="index"/> (0-based) of <paramref name="count"/>.</summary>
        public void EnterRegion(int index, int count)
        {
            _region = index;
            _regions = count < 1 ? 1 : count;
        }

        public void WriteWarning(string message) => _inner.WriteWarning(message);

        public void WriteVerbose(string message) => _inner.WriteVerbose(message);

        public void WriteDebug(string message) => _inner.WriteDebug(message);

        public void WriteProgress(string activity, string status, int percent)
        {
            if (percent >= 0)
            {
                var overall = (_region * 100 + (percent > 100 ? 100 : percent)) / _regions;
                _last = overall > _last ? overall : _last;
            }

            _inner.WriteProgress(activity, status, _last);
        }
    }
}
