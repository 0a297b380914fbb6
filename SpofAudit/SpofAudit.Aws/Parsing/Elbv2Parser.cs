using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>Elastic Load Balancing v2 responses (DescribeLoadBalancers, DescribeTargetGroups, DescribeTargetHealth).</summary>
    internal static class Elbv2Parser
    {
        public static void LoadBalancers(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var balancer in page.List("LoadBalancers"))
            {
                var arn = balancer.Required("LoadBalancerArn");
                into.LoadBalancers.Add(new LoadBalancer(
                    region ?? RegionNames.FromArn(arn) ?? string.Empty,
                    arn,
                    balancer.Required("LoadBalancerName"),
                    balancer.Text("Type") ?? "application",
                    balancer.Text("Scheme") ?? "internet-facing",
                    balancer.Child("State")?.Text("Code") ?? "unknown",
                    balancer.List("AvailabilityZones").Select(z => z.Required("ZoneName")).ToArray()));
            }
        }

        public static void TargetGroups(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var group in page.List("TargetGroups"))
            {
                var arn = group.Required("TargetGroupArn");
                into.TargetGroups.Add(new TargetGroup(
                    region ?? RegionNames.FromArn(arn) ?? string.Empty,
                    arn,
                    group.Required("TargetGroupName"),
                    group.Text("TargetType") ?? "instance",
                    group.Strings("LoadBalancerArns")));
            }
        }

        /// <summary>The response does not name its target group, so the caller (or the export's file) must.</summary>
        public static void TargetHealth(ResponseNode page, string targetGroupArn, AwsInventory into)
        {
            foreach (var description in page.List("TargetHealthDescriptions"))
            {
                var target = description.Child("Target") ?? throw new AwsResponseException($"{description.Where}: the field Target is missing");
                into.Targets.Add(new RegisteredTarget(
                    targetGroupArn,
                    target.Required("Id"),
                    target.Text("AvailabilityZone"),
                    description.Child("TargetHealth")?.Text("State") ?? "unknown"));
            }
        }
    }
}
