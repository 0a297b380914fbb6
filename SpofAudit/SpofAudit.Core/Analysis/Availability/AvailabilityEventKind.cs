namespace SpofAudit.Analysis.Availability
{
    /// <summary>The basic events whose probabilities make up an entrypoint's availability.</summary>
    public enum AvailabilityEventKind
    {
        Instance,
        Zone,
        Region,
        Domain,

        /// <summary>A warm, cold or manual standby that has not taken over yet while its primary is down.</summary>
        Failover,
    }
}
