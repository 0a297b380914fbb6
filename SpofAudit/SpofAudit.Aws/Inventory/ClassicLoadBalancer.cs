using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>A Classic Load Balancer (elb DescribeLoadBalancers): its zones and the instances registered with it.</summary>
    public sealed record ClassicLoadBalancer(
        string Region,
        string Name,
        string Scheme,
        IReadOnlyList<string> Zones,
        IReadOnlyList<string> InstanceIds)
    {
        public bool IsInternetFacing => Scheme == "internet-facing";
    }
}
