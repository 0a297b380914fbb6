using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A load balancer frontend: the zones of its private IP, or the public IP it uses (whose zones count).</summary>
    public sealed record LoadBalancerFrontend(string Name, IReadOnlyList<string> Zones, string? PublicIpId);
}
