using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// An ElastiCache cache cluster (DescribeCacheClusters): a Memcached cluster, a standalone Redis/Valkey node,
    /// or one node of a replication group (<see cref="ReplicationGroupId"/> set). <see cref="NodeZones"/> holds
    /// each node's zone when the export has the node details (<c>--show-cache-node-details</c>), else is empty.
    /// </summary>
    public sealed record CacheCluster(
        string Region,
        string Id,
        string Engine,
        string Status,
        int NodeCount,
        string? PreferredZone,
        string? ReplicationGroupId,
        IReadOnlyList<(string NodeId, string? Zone)> NodeZones);
}
