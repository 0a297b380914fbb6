using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An ELBv2 target group (DescribeTargetGroups) and the load balancers that send to it.</summary>
    public sealed record TargetGroup(
        string Region,
        string Arn,
        string Name,
        string TargetType,
        IReadOnlyList<string> LoadBalancerArns);
}
