using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Cli
{
    /// <summary>The source a command's arguments name, with the host its read reports to (AWS adds a per-region progress line).</summary>
    public sealed class CliSource
    {
        public CliSource(IModelSource source, ISpofHost host)
        {
            Source = source;
            Host = host;
        }

        public IModelSource Source { get; }

        public ISpofHost Host { get; }

        /// <summary>Reads the model, waiting for a live read to finish.</summary>
        public SpofModel Read() => Source.ReadAsync(Host, Host.CancellationToken).GetAwaiter().GetResult();
    }
}
