using SpofAudit.Diagnostics;
using System.Management.Automation;
using System.Threading;
using SpofAudit.Hosting;
using SpofAudit.Rendering;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The engine's view of a running cmdlet: warnings, verbose notes, debug lines and progress go to the cmdlet's
    /// streams, and the token is cancelled when the user presses Ctrl+C (StopProcessing).
    /// Call it only from the pipeline thread, as the core's synchronous calls do. Names in these lines come from
    /// cloud tags too: their control characters and escapes are made visible before the host shows them.
    /// </summary>
    internal sealed class CmdletHost : ISpofHost
    {
        // One activity id per cmdlet is enough: the core reports one long step at a time.
        private const int ProgressActivityId = 0x5F0F;

        private readonly Cmdlet _cmdlet;

        // -Debug without -Verbose makes a compiled cmdlet's verbose preference Inquire: every verbose line would
        // prompt (and fail in a non-interactive session). Under -Debug those lines go to the debug stream instead.
        private readonly bool _verboseAsDebug;

        public CmdletHost(Cmdlet cmdlet, CancellationToken cancellationToken)
        {
            _cmdlet = cmdlet;
            CancellationToken = cancellationToken;
            var bound = (cmdlet as PSCmdlet)?.MyInvocation.BoundParameters;
            _verboseAsDebug = bound != null && IsOn(bound, "Debug") && !bound.ContainsKey("Verbose");
        }

        public CancellationToken CancellationToken { get; }

        public void WriteWarning(string message) => _cmdlet.WriteWarning(VisibleText.ForTerminal(message));

        public void WriteVerbose(string message)
        {
            if (_verboseAsDebug)
            {
                _cmdlet.WriteDebug(VisibleText.ForTerminal(message));
            }
            else
            {
                _cmdlet.WriteVerbose(VisibleText.ForTerminal(message));
            }
        }

        public void WriteDebug(string message) => _cmdlet.WriteDebug(VisibleText.ForTerminal(message));

        private static bool IsOn(System.Collections.Generic.IDictionary<string, object> bound, string name) =>
            bound.TryGetValue(name, out var value) && value is SwitchParameter on && on.IsPresent;

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
