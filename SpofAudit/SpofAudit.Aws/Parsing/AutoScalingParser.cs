using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>Auto Scaling responses (DescribeAutoScalingGroups).</summary>
    internal static class AutoScalingParser
    {
        public static void Groups(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var group in page.List("AutoScalingGroups"))
            {
                var zones = group.Strings("AvailabilityZones");
                into.AutoScalingGroups.Add(new AutoScalingGroup(
                    region ?? RegionNames.FromArn(group.Text("AutoScalingGroupARN")) ?? RegionNames.FromZone(zones.FirstOrDefault()) ?? string.Empty,
                    group.Required("AutoScalingGroupName"),
                    group.Number("MinSize"),
                    group.Number("DesiredCapacity"),
                    zones,
                    group.List("Instances")
                        .Select(i => new AutoScalingInstance(i.Required("InstanceId"), i.Text("AvailabilityZone"), i.Text("LifecycleState") ?? "unknown"))
                        .ToArray(),
                    group.Strings("TargetGroupARNs"),
                    TagReader.Read(group, "Tags")));
            }
        }
    }
}
