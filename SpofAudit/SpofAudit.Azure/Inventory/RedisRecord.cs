namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure Cache for Redis: SKU (Basic has no replica), zones (on the resource), replicas per primary, and how
    /// zones are allocated (<c>zonalAllocationPolicy</c>: Automatic, UserDefined, NoZones; null when the API version predates it).</summary>
    public sealed record RedisRecord(AzureResource Resource, string Sku, int ReplicasPerPrimary, string? ZonalAllocationPolicy = null);
}
