using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An Auto Scaling group (DescribeAutoScalingGroups): its zones, instances and target groups.</summary>
    public sealed record AutoScalingGroup(
        string Region,
        string Name,
        int MinSize,
        int DesiredCapacity,
        IReadOnlyList<string> Zones,
        IReadOnlyList<AutoScalingInstance> Members,
        IReadOnlyList<string> TargetGroupArns,
        AwsTags Tags)
    {
        public IEnumerable<string> InstanceIds => Members.Select(m => m.InstanceId);
    }
}
