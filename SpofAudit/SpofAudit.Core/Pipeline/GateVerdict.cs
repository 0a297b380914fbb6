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

        /// <summary>
        /// Nothing read is at or above the threshold, but the inventory is incomplete (a denied call, a subscription
        /// without access) and the request did not accept that (<see cref="ReportRequest.AllowIncomplete"/>): what
        /// was not read might have failed the gate, so the gate does not pass.
        /// </summary>
        Incomplete,
    }
}
