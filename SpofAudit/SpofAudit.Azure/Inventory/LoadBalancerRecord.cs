using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A load balancer: SKU (Basic has no zone support), frontends and backend pools.</summary>
    public sealed record LoadBalancerRecord(
        AzureResource Resource, string Sku, IReadOnlyList<LoadBalancerFrontend> Frontends, IReadOnlyList<BackendPool> BackendPools);
}
