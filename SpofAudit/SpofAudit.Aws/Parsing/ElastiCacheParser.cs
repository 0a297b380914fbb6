using System;
using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>ElastiCache responses (DescribeReplicationGroups).</summary>
    internal static class ElastiCacheParser
    {
        public static void ReplicationGroups(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var group in page.List("ReplicationGroups"))
            {
                var nodeGroups = group.List("NodeGroups")
                    .Select(g => new CacheNodeGroup(
                        g.Text("NodeGroupId") ?? "0001",
                        g.List("NodeGroupMembers")
                            .Select(m => new CacheNode(m.Required("CacheClusterId"), m.Text("PreferredAvailabilityZone"), m.Text("CurrentRole")))
                            .ToArray()))
                    .ToArray();
                var firstZone = nodeGroups.SelectMany(g => g.Nodes).Select(n => n.Zone).FirstOrDefault(z => z != null);
                into.CacheReplicationGroups.Add(new CacheReplicationGroup(
                    region ?? RegionNames.FromArn(group.Text("ARN")) ?? RegionNames.FromZone(firstZone) ?? string.Empty,
                    group.Required("ReplicationGroupId"),
                    Enabled(group.Text("MultiAZ")),
                    Enabled(group.Text("AutomaticFailover")),
                    nodeGroups));
            }
        }

        public static void CacheClusters(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var cluster in page.List("CacheClusters"))
            {
                var preferred = cluster.Text("PreferredAvailabilityZone");
                var nodes = cluster.List("CacheNodes")
                    .Select(n => (n.Required("CacheNodeId"), n.Text("CustomerAvailabilityZone")))
                    .ToArray();
                into.CacheClusters.Add(new CacheCluster(
                    region ?? RegionNames.FromArn(cluster.Text("ARN")) ?? RegionNames.FromZone(preferred) ?? RegionNames.FromZone(nodes.Select(n => n.Item2).FirstOrDefault(z => z != null)) ?? string.Empty,
                    cluster.Required("CacheClusterId"),
                    cluster.Text("Engine") ?? "unknown",
                    cluster.Text("CacheClusterStatus") ?? "unknown",
                    cluster.Number("NumCacheNodes"),
                    preferred,
                    cluster.Text("ReplicationGroupId"),
                    nodes));
            }
        }

        // "enabled" | "disabled" | "enabling" | "disabling": only a finished "enabled" protects.
        private static bool Enabled(string? status) => string.Equals(status, "enabled", StringComparison.OrdinalIgnoreCase);
    }
}
