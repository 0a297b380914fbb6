using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An AKS cluster, its node pools, and its power state ("Running", "Stopped"; null when not reported).</summary>
    public sealed record KubernetesClusterRecord(AzureResource Resource, IReadOnlyList<NodePool> NodePools, string? PowerState = null);
}
