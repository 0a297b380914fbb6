using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An AKS cluster and its node pools.</summary>
    public sealed record KubernetesClusterRecord(AzureResource Resource, IReadOnlyList<NodePool> NodePools);
}
