using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An application gateway: zones (on the resource), its SKU name (Standard_v2, WAF_v2, Standard_Medium...), the
    /// instance count it never goes below (autoscale minimum, else the fixed capacity), the public IPs of its frontends and
    /// its backend pools.</summary>
    public sealed record ApplicationGatewayRecord(
        AzureResource Resource, int MinCapacity, IReadOnlyList<string> PublicIpIds, IReadOnlyList<BackendPool> BackendPools, string? Sku = null)
    {
        /// <summary>The v2 SKUs (Standard_v2, WAF_v2) autoscale and zone-span; v1 SKUs run the instances they are given.</summary>
        public bool IsV2 => Sku != null && Sku.EndsWith("_v2", System.StringComparison.OrdinalIgnoreCase);
    }
}
