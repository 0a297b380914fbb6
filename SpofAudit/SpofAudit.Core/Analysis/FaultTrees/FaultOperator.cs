namespace SpofAudit.Analysis.FaultTrees
{
    /// <summary>The Open-PSA gate connectives the export needs: failure logic is monotone, so no <c>not</c>.</summary>
    internal enum FaultOperator
    {
        Or,
        And,
        AtLeast,
    }
}
