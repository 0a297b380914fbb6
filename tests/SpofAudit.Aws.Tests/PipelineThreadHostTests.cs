using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Sourcing;
using SpofAudit.Hosting;
using SpofAudit.PowerShell;

namespace SpofAudit.Aws.Tests
{
    /// <summary>What a live read says from worker threads reaches the cmdlet on its pipeline thread, in order.</summary>
    public sealed class PipelineThreadHostTests
    {
        [Fact]
        public void Messages_from_other_threads_are_written_on_the_calling_thread_in_order()
        {
            var pipeline = new ThreadCheckingHost(Environment.CurrentManagedThreadId);
            var result = new PipelineThreadHost(pipeline).Run(async host =>
            {
                host.WriteVerbose("start");
                await Task.Delay(20).ConfigureAwait(false);
                host.WriteProgress("reading", "region 1 of 1", 0);
                await Task.Run(() => host.WriteWarning("denied")).ConfigureAwait(false);
                return 42;
            });

            Assert.Equal(42, result);
            Assert.Equal(new[] { "verbose start", "progress reading region 1 of 1", "warning denied" }, pipeline.Messages);
            Assert.Empty(pipeline.WrongThread);
        }

        [Fact]
        public void The_operation_s_exception_reaches_the_caller_after_its_messages()
        {
            var pipeline = new ThreadCheckingHost(Environment.CurrentManagedThreadId);
            var error = Assert.Throws<AwsAuditException>(() => new PipelineThreadHost(pipeline).Run<int>(async host =>
            {
                await Task.Yield();
                host.WriteWarning("before");
                throw new AwsAuditException(SourceFailureKind.Request, "AwsRequestFailed", "boom");
            }));

            Assert.Equal("AwsRequestFailed", error.ErrorId);
            Assert.Equal(new[] { "warning before" }, pipeline.Messages);
        }

        private sealed class ThreadCheckingHost : ISpofHost
        {
            private readonly int _thread;

            public ThreadCheckingHost(int thread)
            {
                _thread = thread;
            }

            public List<string> Messages { get; } = new List<string>();
            public List<string> WrongThread { get; } = new List<string>();
            public CancellationToken CancellationToken => CancellationToken.None;

            public void WriteWarning(string message) => Record("warning " + message);

            public void WriteVerbose(string message) => Record("verbose " + message);

            public void WriteDebug(string message) => Record("debug " + message);

            public void WriteProgress(string activity, string status, int percent) => Record($"progress {activity} {status}");

            private void Record(string message)
            {
                Messages.Add(message);
                if (Environment.CurrentManagedThreadId != _thread)
                {
                    WrongThread.Add(message);
                }
            }
        }
    }
}
