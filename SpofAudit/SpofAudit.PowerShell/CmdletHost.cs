using System.Management.Automation;
using System.Threading;
using SpofAudit.Hosting;
using SpofAudit.Rendering;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The engine's view of a running cmdlet: warnings, verbose notes and progress go to the cmdlet's
    /// streams, and the token is cancelled when the user presses Ctrl+C (StopProcessing).
    /// Call it only from the pipeline thread, as the core's synchronous calls do. Names in these lines come from
    /// cloud tags too: their control characters and escapes are made visible before the host shows them.
    /// </summary>
    internal sealed class CmdletHost : ISpofHost
    {
        // One activity id per cmdlet is enough: the core reports one long step at a time.
        private const int ProgressActivityId = 0x5F0F;

        private readonly Cmdlet _cmdlet;

        public CmdletHost(Cmdlet cmdlet, CancellationToken cancellationToken)
        {
            _cmdlet = cmdlet;
            CancellationToken = cancellationToken;
        }

        public CancellationToken CancellationToken { get; }

        public void WriteWarning(string message) => _cmdlet.WriteWarning(VisibleText.ForTerminal(message));

        public void WriteVerbose(string message) => _cmdlet.WriteVerbose(VisibleText.ForTerminal(message));

        public void WriteProgress(string activity, string status, int percent)
        {
            var record = new ProgressRecord(ProgressActivityId, VisibleText.ForTerminal(activity), VisibleText.ForTerminal(status))
            {
                PercentComplete = percent < 0 ? -1 : percent > 100 ? 100 : percent,
                RecordType = percent >= 100 ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            _cmdlet.WriteProgress(record);
        }
    }
}
