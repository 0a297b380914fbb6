namespace SpofAudit.Findings
{
    /// <summary>How a finding differs between a reference (older) report and a difference (newer) one.</summary>
    public enum FindingChangeKind
    {
        /// <summary>Only in the newer report.</summary>
        New,

        /// <summary>In both, with a different severity, target type, affected entrypoints, components or acceptance.</summary>
        Changed,

        /// <summary>Only in the older report: fixed, or no longer reachable.</summary>
        Resolved,

        /// <summary>In both, the same.</summary>
        Unchanged,
    }
}
