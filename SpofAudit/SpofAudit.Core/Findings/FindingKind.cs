namespace SpofAudit.Findings
{
    /// <summary>The kinds of finding of DESIGN §5, and the deeper kinds of docs/analysis-depth.md.</summary>
    public enum FindingKind
    {
        SinglePointOfFailure,
        SingleZoneRisk,
        SingleRegionRisk,
        PersonnelDependency,
        DegradationRisk,

        /// <summary>An event that takes an entrypoint down only because the survivors cannot carry the peak.</summary>
        CapacityRisk,

        /// <summary>A quorum group that tolerates no failure, has an even size, or can split brain.</summary>
        QuorumRisk,

        /// <summary>An event the system survives only after a failover that interrupts it (warm or cold standby, or manual failover).</summary>
        FailoverRisk,

        /// <summary>A component that replicates asynchronously: whatever forces a failover loses recent writes.</summary>
        DataLossRisk,

        /// <summary>
        /// A minimal pair of failure events, neither a single point of failure, whose joint failure takes an entrypoint
        /// down (<c>-Depth 2</c>): where the redundancy ends.
        /// </summary>
        DoubleFault,

        /// <summary>An accepted-risk entry whose expiry date has passed: the finding it covered counts again.</summary>
        SuppressionExpired,

        /// <summary>An accepted-risk entry that matches no finding: the risk is gone or the entry is mistyped.</summary>
        SuppressionUnmatched,
    }
}
