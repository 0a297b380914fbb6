namespace SpofAudit.Aws.Inventory
{
    /// <summary>One instance as its Auto Scaling group lists it: its zone and lifecycle state (InService, Pending, ...).</summary>
    public sealed record AutoScalingInstance(string InstanceId, string? Zone, string LifecycleState);
}
