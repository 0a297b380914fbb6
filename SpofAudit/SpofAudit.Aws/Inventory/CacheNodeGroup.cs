using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>One shard of a replication group: a primary and its replicas.</summary>
    public sealed record CacheNodeGroup(string Id, IReadOnlyList<CacheNode> Nodes);
}
