namespace SpofAudit.Analysis
{
    /// <summary>What is wrong with a quorum group (see <see cref="QuorumAnalysis"/>).</summary>
    public enum QuorumProblem
    {
        /// <summary>It needs every member: one failure breaks the quorum.</summary>
        ToleratesNoFailure,

        /// <summary>An even number of members tolerates no more failures than one member fewer.</summary>
        EvenSize,

        /// <summary>minHealthy at or below half: two halves of a partition can each carry on (split brain).</summary>
        SplitBrain,
    }
}
