using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// An ElastiCache replication group (DescribeReplicationGroups): its shards (node groups) with their nodes,
    /// and whether Multi-AZ and automatic failover are enabled.
    /// </summary>
    public sealed record CacheReplicationGroup(
        string Region,
        string Id,
        bool MultiAz,
        bool AutomaticFailover,
        IReadOnlyList<CacheNodeGroup> NodeGroups);
}
