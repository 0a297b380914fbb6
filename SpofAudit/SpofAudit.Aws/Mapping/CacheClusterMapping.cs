using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// ElastiCache cache clusters (describe-cache-clusters) not covered by a replication group read beside them.
    /// Sources: ElastiCache User Guide, "Cache clusters" and "Mitigating failures": a Memcached cluster spreads
    /// keys over its nodes (no replication: a lost node loses its share, the others serve); a standalone Redis or
    /// Valkey cluster is one node; nodes of a replication group are its primary and replicas.
    /// </summary>
    internal static class CacheClusterMapping
    {
        // CacheClusterStatus values in which the cluster serves nothing.
        private static readonly HashSet<string> GoneStates = new HashSet<string>(StringComparer.Ordinal)
        {
            "deleting", "deleted", "create-failed", "incompatible-network", "restore-failed",
        };

        private static readonly HashSet<string> KnownLiveStates = new HashSet<string>(StringComparer.Ordinal)
        {
            "available", "creating", "modifying", "rebooting cache cluster nodes", "snapshotting",
        };

        public static void Add(AwsInventory inventory, List<ComponentDraft> drafts, ISpofHost host, List<InventoryGap> gaps)
        {
            var groupsRead = new HashSet<string>(inventory.CacheReplicationGroups.Select(g => g.Region + "|" + g.Id), StringComparer.Ordinal);
            var clusters = new List<CacheCluster>();
            foreach (var cluster in inventory.CacheClusters)
            {
                if (GoneStates.Contains(cluster.Status))
                {
                    continue;
                }

                if (!KnownLiveStates.Contains(cluster.Status))
                {
                    host.WriteWarning($"ElastiCache cluster {cluster.Id} is in state '{cluster.Status}', which SpofAudit does not know; it is taken as serving.");
                }

                if (cluster.ReplicationGroupId == null || !groupsRead.Contains(cluster.Region + "|" + cluster.ReplicationGroupId))
                {
                    clusters.Add(cluster);
                }
            }

            foreach (var group in clusters.Where(c => c.ReplicationGroupId != null).GroupBy(c => (c.Region, c.ReplicationGroupId!)))
            {
                drafts.Add(GroupWithoutSettings(group.Key.Region, group.Key.Item2, group.ToArray(), inventory.Account, host, gaps));
            }

            foreach (var cluster in clusters.Where(c => c.ReplicationGroupId == null))
            {
                drafts.Add(Standalone(cluster, inventory.Account, host));
            }
        }

        /// <summary>
        /// Nodes of a replication group whose describe-replication-groups output is missing: its primary and
        /// replicas are known, whether failover is automatic is not, so it is taken as manual and said so.
        /// </summary>
        private static ComponentDraft GroupWithoutSettings(string region, string groupId, IReadOnlyList<CacheCluster> nodes, string? account, ISpofHost host, List<InventoryGap> gaps)
        {
            var draft = new ComponentDraft(groupId, region, "cache:" + groupId, "elasticache " + nodes[0].Engine, $"aws:{region}:replicationGroup/{groupId}", ComponentRole.Cache);
            draft.ResourceIds.Add(AwsArns.CacheReplicationGroup(account, region, groupId));
            foreach (var node in nodes)
            {
                draft.Instances.Add(InventoryMapper.DbInstanceSpec(node.Id, ZoneOf(node), region));
            }

            if (nodes.Count > 1)
            {
                draft.Standby = new Standby(StandbyMode.Hot, FailoverMode.Manual);
                draft.Replication = ReplicationMode.Async;
            }

            host.WriteWarning($"ElastiCache replication group {groupId} is known only from its cache clusters (export aws elasticache describe-replication-groups): whether it fails over automatically is unknown, so failover is taken as manual.");
            gaps.Add(new InventoryGap(region, "elasticache:DescribeReplicationGroups", $"replication group {groupId} not in the exports: its failover setting is unknown"));
            return draft;
        }

        private static ComponentDraft Standalone(CacheCluster cluster, string? account, ISpofHost host)
        {
            var draft = new ComponentDraft(cluster.Id, cluster.Region, "cachecluster:" + cluster.Id, "elasticache " + cluster.Engine, $"aws:{cluster.Region}:cacheCluster/{cluster.Id}", ComponentRole.Cache);
            draft.ResourceIds.Add(AwsArns.CacheCluster(account, cluster.Region, cluster.Id));
            if (cluster.NodeZones.Count > 0)
            {
                foreach (var node in cluster.NodeZones)
                {
                    draft.Instances.Add(InventoryMapper.DbInstanceSpec(cluster.Id + "/" + node.NodeId, node.Zone, cluster.Region));
                }

                return draft;
            }

            var zone = ZoneOf(cluster);
            var count = Math.Max(1, cluster.NodeCount);
            if (zone == null && cluster.PreferredZone != null)
            {
                host.WriteWarning($"ElastiCache cluster {cluster.Id} spreads its {count} node(s) over several zones ('{cluster.PreferredZone}'), but the export lacks node details (aws elasticache describe-cache-clusters --show-cache-node-details): their zones are unknown.");
            }

            for (var i = 1; i <= count; i++)
            {
                draft.Instances.Add(InventoryMapper.DbInstanceSpec(count == 1 ? cluster.Id : $"{cluster.Id}/{i:D4}", zone, cluster.Region));
            }

            return draft;
        }

        // "Multiple" means the nodes are spread over zones; only the node details then tell which.
        private static string? ZoneOf(CacheCluster cluster) =>
            cluster.PreferredZone == null || cluster.PreferredZone == "Multiple" ? null : cluster.PreferredZone;
    }
}
