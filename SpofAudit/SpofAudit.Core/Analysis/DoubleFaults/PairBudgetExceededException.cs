using System;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>The order-2 pass would build more pairs than its <see cref="PairBudget"/> allows; it stops, and the report says depth 2 is incomplete.</summary>
    internal sealed class PairBudgetExceededException : Exception
    {
        public PairBudgetExceededException(long limit)
            : base($"the order-2 pass would build more than {limit} pairs")
        {
            Limit = limit;
        }

        public long Limit { get; }
    }
}
