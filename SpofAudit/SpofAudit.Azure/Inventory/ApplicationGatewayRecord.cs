using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An application gateway: zones (on the resource), the instance count it never goes below (autoscale
    /// minimum, else the fixed capacity), the public IPs of its frontends and its backend pools.</summary>
    public sealed record ApplicationGatewayRecord(
        AzureResource Resource, int MinCapacity, IReadOnlyList<string> PublicIpIds, IReadOnlyList<BackendPool> BackendPools);
}
