using System;
using System.Threading;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Turns Ctrl+C into a cancellation request, so the run stops at the next check and exits 130 with one
    /// line. Loading a large file is not interruptible, so if the run has not ended within
    /// <see cref="GracePeriod"/> the process exits 130 anyway: Ctrl+C is always prompt. A second Ctrl+C is
    /// left to the runtime and ends the process at once.
    /// </summary>
    public sealed class CtrlCCancellation : IDisposable
    {
        public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(1);

        private readonly CancellationTokenSource _source = new CancellationTokenSource();
        private readonly object _gate = new object();
        private Timer? _deadline;
        private bool _disposed;

        public CtrlCCancellation()
        {
            Console.CancelKeyPress += OnCancelKeyPress;
        }

        public CancellationToken Token => _source.Token;

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
            }

            Console.CancelKeyPress -= OnCancelKeyPress;
            _deadline?.Dispose();
            _source.Dispose();
        }

        private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            if (_source.IsCancellationRequested)
            {
                return;
            }

            e.Cancel = true;
            _deadline = new Timer(_ => ExitNow(), null, GracePeriod, Timeout.InfiniteTimeSpan);
            _source.Cancel();
        }

        private void ExitNow()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }

                ErrorLine.Write(Console.Error, "cancelled");
                Console.Error.Flush();
                Environment.Exit(ExitCodes.Cancelled);
            }
        }
    }
}
