using System;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>The diagram would outgrow its node budget: the caller falls back to an approximate method.</summary>
    internal sealed class BddBudgetExceededException : Exception
    {
        public BddBudgetExceededException(int budget)
            : base($"The decision diagram needs more than {budget} nodes.")
        {
            Budget = budget;
        }

        public int Budget { get; }
    }
}
