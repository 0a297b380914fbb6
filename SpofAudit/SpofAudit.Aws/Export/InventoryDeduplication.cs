using System;
using System.Collections.Generic;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Export
{
    /// <summary>
    /// Overlapping exports (the same describe-instances saved twice, an "everything" export beside a per-service
    /// one) list a resource more than once; like the Azure reader, one copy is kept, the first read.
    /// </summary>
    internal static class InventoryDeduplication
    {
        public static void Apply(AwsInventory inventory)
        {
            Keep(inventory.Instances, i => i.InstanceId);
            Keep(inventory.Subnets, s => s.SubnetId);
            Keep(inventory.RouteTables, t => t.RouteTableId);
            Keep(inventory.NatGateways, g => g.NatGatewayId);
            Keep(inventory.LoadBalancers, b => b.Arn);
            Keep(inventory.TargetGroups, g => g.Arn);
            Keep(inventory.Targets, t => t.TargetGroupArn + "|" + t.Id);
            Keep(inventory.AutoScalingGroups, g => g.Region + "|" + g.Name);
            Keep(inventory.DbInstances, d => d.Region + "|" + d.Identifier);
            Keep(inventory.DbClusters, c => c.Region + "|" + c.Identifier);
            Keep(inventory.CacheReplicationGroups, g => g.Region + "|" + g.Id);
            Keep(inventory.CacheClusters, c => c.Region + "|" + c.Id);
            Keep(inventory.ClassicLoadBalancers, b => b.Region + "|" + b.Name);
            Keep(inventory.FileSystems, f => f.Region + "|" + f.Id);
            Keep(inventory.Functions, f => f.Region + "|" + f.Name);
            Keep(inventory.EcsServices, s => s.Region + "|" + s.Name);
            Keep(inventory.EksNodegroups, g => g.Region + "|" + g.ClusterName + "|" + g.Name);
        }

        private static void Keep<T>(List<T> items, Func<T, string> key)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            items.RemoveAll(item => !seen.Add(key(item)));
        }
    }
}
