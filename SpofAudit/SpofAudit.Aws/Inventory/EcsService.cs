using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An ECS service (DescribeServices): its running tasks, their subnets (awsvpc) and its target groups.</summary>
    public sealed record EcsService(
        string Region,
        string Name,
        string Status,
        int RunningCount,
        IReadOnlyList<string> SubnetIds,
        IReadOnlyList<string> TargetGroupArns);
}
