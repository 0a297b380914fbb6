using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The two failure events of a double fault, typed: what the finding is about, where its target is only their
    /// names joined ("db-1 + db-2", kept as the JSON <c>target</c>). The event whose name sorts first (ordinal) is first.
    /// </summary>
    public sealed class FailurePair
    {
        public FailurePair(string first, FailureEventKind firstKind, string second, FailureEventKind secondKind)
        {
            First = first;
            FirstKind = firstKind;
            Second = second;
            SecondKind = secondKind;
            Target = first + " + " + second;
        }

        public string First { get; }

        public FailureEventKind FirstKind { get; }

        public string Second { get; }

        public FailureEventKind SecondKind { get; }

        /// <summary>"db-1 + db-2": the finding's target and id part.</summary>
        public string Target { get; }

        public override string ToString() => Target;
    }
}
