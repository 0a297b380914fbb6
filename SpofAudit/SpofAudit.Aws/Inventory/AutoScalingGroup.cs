using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An Auto Scaling group (DescribeAutoScalingGroups): its zones, instances and target groups.</summary>
    public sealed record AutoScalingGroup(
        string Region,
        string Name,
        int MinSize,
        int DesiredCapacity,
        IReadOnlyList<string> Zones,
        IReadOnlyList<string> InstanceIds,
        IReadOnlyList<string> TargetGroupArns,
        AwsTags Tags);
}
