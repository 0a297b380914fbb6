namespace SpofAudit.Pipeline
{
    /// <summary>The last step of the report pipeline: what a CI gate makes of the selected findings.</summary>
    public enum GateVerdict
    {
        /// <summary>No threshold was given (<see cref="ReportRequest.FailOn"/> is null).</summary>
        NotRequested,

        /// <summary>No unaccepted selected finding is at or above the threshold.</summary>
        Passed,

        /// <summary>An unaccepted selected finding is at or above the threshold.</summary>
        Failed,
    }
}
