using System;
using System.Threading;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Turns the first Ctrl+C into a cancellation request, so the run stops at the next check and exits 130
    /// cleanly; a second Ctrl+C is left to the runtime and ends the process at once.
    /// </summary>
    public sealed class CtrlCCancellation : IDisposable
    {
        private readonly CancellationTokenSource _source = new CancellationTokenSource();

        public CtrlCCancellation()
        {
            Console.CancelKeyPress += OnCancelKeyPress;
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
            _source.Dispose();
        }

        private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            if (_source.IsCancellationRequested)
            {
                return;
            }

            e.Cancel = true;
            _source.Cancel();
        }
    }
}
