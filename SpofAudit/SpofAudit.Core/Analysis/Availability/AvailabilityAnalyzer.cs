using System;
using System.Collections.Generic;
using System.Threading;
using SpofAudit.Export;
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
            IReadOnlyList<AvailabilityResult>? results = null;
            Exception? failure = null;
            var worker = new Thread(
                () =>
                {
                    try
                    {
                        results = AnalyzeHere(model, cancellationToken);
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                },
                StackBytes);
            worker.Start();
            worker.Join();
            if (failure != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return results!;
        }

        private IReadOnlyList<AvailabilityResult> AnalyzeHere(SpofModel model, CancellationToken cancellationToken)
        {
            var catalog = new BasicEventCatalog(model, _assumptions);
            var finder = new BestChangeFinder(_assumptions, _nodeBudget);
            var results = new List<AvailabilityResult>();
            foreach (var entry in new FaultTreeBuilder(model, FailureSemantics.WithFailoverGap).BuildEntrypoints())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var evaluation = EntrypointEvaluation.Run(entry.Key, entry.Value, catalog, _nodeBudget);
                var best = evaluation.IsExact ? finder.Find(model, entry.Key, evaluation.Unavailability, evaluation.Importance, evaluation.DiagramNodes) : null;
                results.Add(new AvailabilityResult(model.Name, entry.Key, evaluation.Unavailability, evaluation.Method, evaluation.StandardError, evaluation.Importance, best, _assumptions));
            }

            return results;
        }
    }
}
