using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An EKS managed node group (DescribeNodegroup): desired nodes over its subnets, and the Auto Scaling group behind it.</summary>
    public sealed record EksNodegroup(
        string Region,
        string Name,
        string ClusterName,
        string Status,
        int DesiredSize,
        IReadOnlyList<string> SubnetIds,
        IReadOnlyList<string> AutoScalingGroupNames);
}
