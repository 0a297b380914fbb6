using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An ELBv2 load balancer (DescribeLoadBalancers): its enabled zones and whether it faces the Internet.</summary>
    public sealed record LoadBalancer(
        string Region,
        string Arn,
        string Name,
        string Type,
        string Scheme,
        string State,
        IReadOnlyList<string> Zones)
    {
        public bool IsInternetFacing => Scheme == "internet-facing";
    }
}
