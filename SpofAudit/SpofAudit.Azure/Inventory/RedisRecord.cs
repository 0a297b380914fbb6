namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure Cache for Redis: SKU (Basic has no replica), zones (on the resource), replicas per primary.</summary>
    public sealed record RedisRecord(AzureResource Resource, string Sku, int ReplicasPerPrimary);
}
