namespace SpofAudit.Analysis
{
    /// <summary>The state of a component in a what-if.</summary>
    public enum HealthStatus
    {
        Up,
        Degraded,
        Down,
    }
}
