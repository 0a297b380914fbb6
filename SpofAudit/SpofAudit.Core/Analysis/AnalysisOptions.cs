using System;

namespace SpofAudit.Analysis
{
    /// <summary>How deep the analysis (<c>SpofAnalyzer</c>) looks: single failures only (depth 1), or also pairs (depth 2).</summary>
    public sealed class AnalysisOptions
    {
        public const int MaxDepth = 2;

        /// <summary>
        /// The pairs the order-2 pass may build by default: 128 MiB of pair sets. The 20,000-component benchmark model
        /// builds between 2 and 2.5 million; a model that needs more is reported with depth 2 incomplete, never cut short
        /// silently.
        /// </summary>
        public const long DefaultPairBudget = 16_000_000;

        /// <summary>
        /// The double faults a report of all of them may hold by default (about a kilobyte each): more than anyone reads;
        /// past it depth 2 is reported incomplete, and <see cref="Top"/> keeps the likeliest instead.
        /// </summary>
        public const int DefaultMaxDoubleFaults = 100_000;

        public AnalysisOptions(int depth = 1, int? top = null, long pairBudget = DefaultPairBudget, int maxDoubleFaults = DefaultMaxDoubleFaults)
        {
            if (depth < 1 || depth > MaxDepth)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, $"The depth is 1 (single failures) or 2 (also pairs of failures).");
            }

            if (top < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(top), top, "Top must be at least 1.");
            }

            if (pairBudget < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(pairBudget), pairBudget, "The pair budget must be at least 1.");
            }

            if (maxDoubleFaults < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxDoubleFaults), maxDoubleFaults, "The most double faults must be at least 1.");
            }

            Depth = depth;
            MaxDoubleFaults = maxDoubleFaults;
            Top = top;
            PairBudget = pairBudget;
        }

        public static AnalysisOptions Default { get; } = new AnalysisOptions();

        /// <summary>1: every finding of single failures. 2: also double faults (<c>DoubleFault</c> findings).</summary>
        public int Depth { get; }

        /// <summary>At depth 2, only the likeliest this many double faults; null for all of them.</summary>
        public int? Top { get; }

        /// <summary>
        /// At depth 2, how many pairs of events the order-2 pass may build (its memory, and the most double faults it can
        /// report): past it the pass stops and the report says depth 2 is incomplete.
        /// </summary>
        public long PairBudget { get; }

        /// <summary>
        /// At depth 2 without <see cref="Top"/>, how many double faults the report may hold: past it the report says
        /// depth 2 is incomplete and suggests <c>top</c>, which ranks every pair but keeps only the likeliest.
        /// </summary>
        public int MaxDoubleFaults { get; }
    }
}
