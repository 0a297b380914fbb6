namespace SpofAudit.Analysis.Availability
{
    /// <summary>The single changes the availability analysis tries.</summary>
    public enum AvailabilityChangeKind
    {
        /// <summary>One more instance of the component, placed in the next zone of its round-robin.</summary>
        AddReplica,

        /// <summary>The component's instances spread over one more zone of its region.</summary>
        AddZone,

        /// <summary>A warm, cold or manual standby made hot with automatic failover.</summary>
        HotStandby,
    }
}
