namespace SpofAudit.Aws.Inventory
{
    /// <summary>One cache node of a shard: its cluster id, zone and role (primary or replica).</summary>
    public sealed record CacheNode(string CacheClusterId, string? Zone, string? Role);
}
