using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Runs independent per-item work over 0..count-1 on every core, in contiguous chunks, giving each worker
    /// its own scratch state (walkers, counters) so no state is shared between threads.
    /// </summary>
    internal static class ParallelChunks
    {
        [MethodImpl(HotPath.Optimized)]
        public static void Run<TScratch>(int count, int minimumChunk, CancellationToken cancellation, Func<TScratch> newScratch, Action<int, TScratch> body)
        {
            if (count == 0)
            {
                return;
            }

            // Many chunks per core balance uneven items (a region's finding costs far more than a host's) without paying for scheduling per item; one worker per
            // core keeps the scratch state (arrays the size of the model) to one copy per core.
            var chunk = Math.Max(minimumChunk, count / (16 * Environment.ProcessorCount));
            Parallel.ForEach(
                Partitioner.Create(0, count, chunk),
                new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount },
                newScratch,
                (range, _, scratch) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        body(i, scratch);
                    }

                    return scratch;
                },
                _ => { });
        }
    }
}
