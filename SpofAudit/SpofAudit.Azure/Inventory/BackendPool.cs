using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// A load balancer's or application gateway's backend pool: the NIC IP configurations in it (ARM ids, which name a
    /// VM's NIC or a scale set's), for an application gateway the FQDNs and IP addresses listed, and for an IP-based load
    /// balancer pool (loadBalancerBackendAddresses, e.g. AKS node IPs) the IP addresses listed.
    /// </summary>
    public sealed record BackendPool(string Name, IReadOnlyList<string> IpConfigurationIds, IReadOnlyList<string> Addresses, IReadOnlyList<string>? IpAddresses = null);
}
