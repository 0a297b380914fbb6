using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>Classic Elastic Load Balancing responses (elb DescribeLoadBalancers: LoadBalancerDescriptions).</summary>
    internal static class ClassicElbParser
    {
        public static void LoadBalancers(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var balancer in page.List("LoadBalancerDescriptions"))
            {
                var zones = balancer.Strings("AvailabilityZones");
                into.ClassicLoadBalancers.Add(new ClassicLoadBalancer(
                    region ?? RegionNames.FromZone(zones.FirstOrDefault()) ?? RegionNames.FromElbDnsName(balancer.Text("DNSName")) ?? string.Empty,
                    balancer.Required("LoadBalancerName"),
                    balancer.Text("Scheme") ?? "internet-facing",
                    zones,
                    balancer.List("Instances").Select(i => i.Required("InstanceId")).ToArray()));
            }
        }
    }
}
