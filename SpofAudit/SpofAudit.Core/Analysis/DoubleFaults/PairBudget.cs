using System.Threading;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// How many pairs the order-2 pass may build, counted as its sets are made (shared by the threads that build the
    /// components' own sets). A model of many distinct instances has millions of genuine pairs; past the budget the
    /// pass stops with <see cref="PairBudgetExceededException"/> instead of running out of memory.
    /// </summary>
    internal sealed class PairBudget
    {
        private long _built;

        public PairBudget(long limit)
        {
            Limit = limit;
        }

        public long Limit { get; }

        /// <summary>How many more pairs may be built.</summary>
        public long Room => Limit - Interlocked.Read(ref _built);

        /// <summary>Counts a set of <paramref name="pairs"/> just built; throws when that passes the budget.</summary>
        public void Spend(int pairs)
        {
            if (Interlocked.Add(ref _built, pairs) > Limit)
            {
                throw new PairBudgetExceededException(Limit);
            }
        }
    }
}
