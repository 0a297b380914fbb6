namespace SpofAudit.Model
{
    /// <summary>How ready the standby instances are to take over.</summary>
    public enum StandbyMode
    {
        Hot,
        Warm,
        Cold,
    }

    /// <summary>Whether a failover happens by itself or needs an operator.</summary>
    public enum FailoverMode
    {
        Automatic,
        Manual,
    }

    /// <summary>How data reaches the replicas.</summary>
    public enum ReplicationMode
    {
        None,
        Sync,
        Async,
    }
}
