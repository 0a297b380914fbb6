using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// Everything read from one account (or from exports of it), as plain records: the layer between the AWS
    /// responses (Query API XML or AWS CLI JSON) and the one mapping to a SpofModel.
    /// </summary>
    public sealed class AwsInventory
    {
        /// <summary>The account id, when known (GetCallerIdentity, or an ARN in an export).</summary>
        public string? Account { get; set; }

        public List<string> Regions { get; } = new List<string>();

        /// <summary>The AWS CLI export files the inventory was read from; empty for a live read.</summary>
        public List<string> ExportFiles { get; } = new List<string>();
        public List<Ec2Instance> Instances { get; } = new List<Ec2Instance>();
        public List<Subnet> Subnets { get; } = new List<Subnet>();
        public List<RouteTable> RouteTables { get; } = new List<RouteTable>();
        public List<NatGateway> NatGateways { get; } = new List<NatGateway>();
        public List<LoadBalancer> LoadBalancers { get; } = new List<LoadBalancer>();
        public List<TargetGroup> TargetGroups { get; } = new List<TargetGroup>();
        public List<RegisteredTarget> Targets { get; } = new List<RegisteredTarget>();
        public List<AutoScalingGroup> AutoScalingGroups { get; } = new List<AutoScalingGroup>();
        public List<DbInstance> DbInstances { get; } = new List<DbInstance>();
        public List<DbCluster> DbClusters { get; } = new List<DbCluster>();
        public List<CacheReplicationGroup> CacheReplicationGroups { get; } = new List<CacheReplicationGroup>();
        public List<CacheCluster> CacheClusters { get; } = new List<CacheCluster>();
        public List<ClassicLoadBalancer> ClassicLoadBalancers { get; } = new List<ClassicLoadBalancer>();
        public List<FileSystem> FileSystems { get; } = new List<FileSystem>();
        public List<LambdaFunction> Functions { get; } = new List<LambdaFunction>();
        public List<EcsService> EcsServices { get; } = new List<EcsService>();
        public List<EksNodegroup> EksNodegroups { get; } = new List<EksNodegroup>();

        /// <summary>Outputs of commands SpofAudit recognises but does not map (an EKS node group, an ECS service...).</summary>
        public List<UnmappedOutput> UnmappedOutputs { get; } = new List<UnmappedOutput>();

        /// <summary>What could not be read; the model may miss what those calls would have shown.</summary>
        public List<InventoryGap> Gaps { get; } = new List<InventoryGap>();

        /// <summary>Records a region once, keeping the order of first appearance.</summary>
        public void AddRegion(string region)
        {
            if (!Regions.Contains(region))
            {
                Regions.Add(region);
            }
        }
    }
}
