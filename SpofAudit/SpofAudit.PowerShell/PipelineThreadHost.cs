using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Lets an asynchronous core operation (a live cloud read) talk to a cmdlet: PowerShell accepts warnings and
    /// progress only on the pipeline thread, so what the operation says from other threads is queued and written
    /// there while the pipeline thread waits for the operation to finish.
    /// </summary>
    internal sealed class PipelineThreadHost : ISpofHost
    {
        private readonly ISpofHost _pipeline;
        private readonly BlockingCollection<Action<ISpofHost>> _queue = new BlockingCollection<Action<ISpofHost>>();

        public PipelineThreadHost(ISpofHost pipeline)
        {
            _pipeline = pipeline;
        }

        public CancellationToken CancellationToken => _pipeline.CancellationToken;

        public void WriteWarning(string message) => _queue.Add(host => host.WriteWarning(message));

        public void WriteVerbose(string message) => _queue.Add(host => host.WriteVerbose(message));

        public void WriteDebug(string message) => _queue.Add(host => host.WriteDebug(message));

        public void WriteProgress(string activity, string status, int percent) => _queue.Add(host => host.WriteProgress(activity, status, percent));

        /// <summary>Runs the operation, forwarding its messages on the calling (pipeline) thread; rethrows its exception.</summary>
        public T Run<T>(Func<ISpofHost, Task<T>> operation)
        {
            var task = operation(this);
            task.ContinueWith(_ => _queue.CompleteAdding(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            foreach (var message in _queue.GetConsumingEnumerable())
            {
                message(_pipeline);
            }

            return task.GetAwaiter().GetResult();
        }
    }
}
