using System;

namespace SpofAudit.Analysis
{
    /// <summary>How deep the analysis (<c>SpofAnalyzer</c>) looks: single failures only (depth 1), or also pairs (depth 2).</summary>
    public sealed class AnalysisOptions
    {
        public const int MaxDepth = 2;

        public AnalysisOptions(int depth = 1, int? top = null)
        {
            if (depth < 1 || depth > MaxDepth)
            {
                throw new ArgumentOutOfRangeException(nameof(depth), depth, $"The depth is 1 (single failures) or 2 (also pairs of failures).");
            }

            if (top < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(top), top, "Top must be at least 1.");
            }

            Depth = depth;
            Top = top;
        }

        public static AnalysisOptions Default { get; } = new AnalysisOptions();

        /// <summary>1: every finding of single failures. 2: also double faults (<c>DoubleFault</c> findings).</summary>
        public int Depth { get; }

        /// <summary>At depth 2, only the likeliest this many double faults; null for all of them.</summary>
        public int? Top { get; }
    }
}
