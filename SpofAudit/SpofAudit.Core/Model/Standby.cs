namespace SpofAudit.Model
{
    /// <summary>A component's standby arrangement: the first instance is the primary, the rest stand by.</summary>
    public sealed class Standby
    {
        public Standby(StandbyMode mode, FailoverMode failover)
        {
            Mode = mode;
            Failover = failover;
        }

        public StandbyMode Mode { get; }
        public FailoverMode Failover { get; }

        public override string ToString() => $"{Mode.ToString().ToLowerInvariant()} standby, {Failover.ToString().ToLowerInvariant()} failover";
    }
}
