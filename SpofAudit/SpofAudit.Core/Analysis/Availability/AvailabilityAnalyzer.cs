using System;
using System.Collections.Generic;
using System.Threading;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// Availability of every entrypoint (docs/availability.md): the model's "down" logic from
    /// <see cref="FaultTreeBuilder"/> (the same one the Open-PSA export writes, so SCRAM checks it), read with
    /// warm, cold and manual failovers costing a gap (<see cref="FailureSemantics.WithFailoverGap"/>), turned into a
    /// BDD per entrypoint and evaluated exactly; importance of every event; and the best single change.
    /// </summary>
    public sealed class AvailabilityAnalyzer
    {
        /// <summary>Nodes one entrypoint's diagram may have before the analysis falls back to Monte Carlo.</summary>
        public const int DefaultNodeBudget = 200_000;

        // Diagram operations and formula walks recurse as deep as the longest dependency chain: give them room.
        private const int StackBytes = 256 * 1024 * 1024;

        private readonly AvailabilityAssumptions _assumptions;
        private readonly int _nodeBudget;

        public AvailabilityAnalyzer()
            : this(AvailabilityAssumptions.Default)
        {
        }

        public AvailabilityAnalyzer(AvailabilityAssumptions assumptions, int nodeBudget = DefaultNodeBudget)
        {
            _assumptions = assumptions ?? throw new ArgumentNullException(nameof(assumptions));
            _nodeBudget = nodeBudget;
        }

        /// <summary>One result per distinct entrypoint, in model order.</summary>
        public IReadOnlyList<AvailabilityResult> Analyze(SpofModel model, CancellationToken cancellationToken = default)
        {
            var entrypoints = OnLargeStacks(1, _ => new FaultTreeBuilder(model, FailureSemantics.WithFailoverGap).BuildEntrypoints())[0];
            var catalog = new BasicEventCatalog(model, _assumptions);
            var results = new AvailabilityResult[entrypoints.Count];
            var next = -1;

            // Entrypoints are independent and uneven (a Monte Carlo fallback costs far more than a small diagram):
            // every core takes the next one until none is left.
            OnLargeStacks(Math.Min(Environment.ProcessorCount, entrypoints.Count), _ =>
            {
                var finder = new BestChangeFinder(_assumptions, _nodeBudget);
                int i;
                while ((i = Interlocked.Increment(ref next)) < entrypoints.Count)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = Evaluate(model, entrypoints[i].Key, entrypoints[i].Value, catalog, finder);
                }

                return true;
            });
            return results;
        }

        private AvailabilityResult Evaluate(SpofModel model, string entrypoint, FaultFormula formula, BasicEventCatalog catalog, BestChangeFinder finder)
        {
            var evaluation = EntrypointEvaluation.Run(entrypoint, formula, catalog, _nodeBudget);
            var best = evaluation.IsExact ? finder.Find(model, entrypoint, evaluation.Unavailability, evaluation.Importance, evaluation.DiagramNodes) : null;
            return new AvailabilityResult(model.Name, entrypoint, evaluation.Unavailability, evaluation.Method, evaluation.StandardError, evaluation.Importance, best, _assumptions);
        }

        /// <summary>Runs <paramref name="work"/> on that many threads with large stacks, waits for all, and rethrows the first failure.</summary>
        private static T[] OnLargeStacks<T>(int count, Func<int, T> work)
        {
            var results = new T[count];
            var failures = new Exception?[count];
            var threads = new Thread[count];
            for (var t = 0; t < count; t++)
            {
                var index = t;
                threads[t] = new Thread(
                    () =>
                    {
                        try
                        {
                            results[index] = work(index);
                        }
                        catch (Exception e)
                        {
                            failures[index] = e;
                        }
                    },
                    StackBytes);
                threads[t].Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            foreach (var failure in failures)
            {
                if (failure != null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                }
            }

            return results;
        }
    }
}
