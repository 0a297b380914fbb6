namespace SpofAudit.Aws.Inventory
{
    /// <summary>One target registered in a target group (DescribeTargetHealth): an instance id or an IP address.</summary>
    public sealed record RegisteredTarget(string TargetGroupArn, string Id, string? Zone, string HealthState);
}
