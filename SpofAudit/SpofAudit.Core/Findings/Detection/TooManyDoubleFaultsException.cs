using System;

namespace SpofAudit.Findings
{
    /// <summary>More double faults than a report of all of them may hold (<see cref="Analysis.AnalysisOptions.MaxDoubleFaults"/>); <c>top</c> keeps the likeliest instead.</summary>
    internal sealed class TooManyDoubleFaultsException : Exception
    {
        public TooManyDoubleFaultsException(int limit)
            : base($"more than {limit} double faults")
        {
            Limit = limit;
        }

        public int Limit { get; }
    }
}
