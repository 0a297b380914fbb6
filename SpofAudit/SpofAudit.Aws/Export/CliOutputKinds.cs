using System;
using System.Collections.Generic;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Export
{
    /// <summary>
    /// The AWS CLI outputs an export may hold, each recognised by its top-level key, and the parser that reads it.
    /// </summary>
    internal static class CliOutputKinds
    {
        public static readonly IReadOnlyList<(string Key, string Command, Action<ResponseNode, AwsInventory> Read)> All = new (string, string, Action<ResponseNode, AwsInventory>)[]
        {
            ("Reservations", "aws ec2 describe-instances", (n, i) => Ec2Parser.Instances(n, null, i)),
            ("Subnets", "aws ec2 describe-subnets", (n, i) => Ec2Parser.Subnets(n, null, i)),
            ("RouteTables", "aws ec2 describe-route-tables", (n, i) => Ec2Parser.RouteTables(n, null, i)),
            ("NatGateways", "aws ec2 describe-nat-gateways", (n, i) => Ec2Parser.NatGateways(n, null, i)),
            ("LoadBalancers", "aws elbv2 describe-load-balancers", (n, i) => Elbv2Parser.LoadBalancers(n, null, i)),
            ("TargetGroups", "aws elbv2 describe-target-groups", (n, i) => Elbv2Parser.TargetGroups(n, null, i)),
            ("TargetHealthDescriptions", "aws elbv2 describe-target-health, with \"TargetGroupArn\" added beside it", ReadTargetHealth),
            ("AutoScalingGroups", "aws autoscaling describe-auto-scaling-groups", (n, i) => AutoScalingParser.Groups(n, null, i)),
            ("DBInstances", "aws rds describe-db-instances", (n, i) => RdsParser.Instances(n, null, i)),
            ("DBClusters", "aws rds describe-db-clusters", (n, i) => RdsParser.Clusters(n, null, i)),
            ("ReplicationGroups", "aws elasticache describe-replication-groups", (n, i) => ElastiCacheParser.ReplicationGroups(n, null, i)),
            ("CacheClusters", "aws elasticache describe-cache-clusters", (n, i) => ElastiCacheParser.CacheClusters(n, null, i)),
            ("LoadBalancerDescriptions", "aws elb describe-load-balancers", (n, i) => ClassicElbParser.LoadBalancers(n, null, i)),
            ("FileSystems", "aws efs describe-file-systems", ComputeServiceParser.FileSystems),
            ("Functions", "aws lambda list-functions", ComputeServiceParser.Functions),
            ("services", "aws ecs describe-services", ComputeServiceParser.Services),
            ("nodegroup", "aws eks describe-nodegroup", ComputeServiceParser.Nodegroup),
        };

        /// <summary>
        /// Outputs of AWS commands that hold running resources SpofAudit does not map yet: read as a warning and an
        /// unread entry (the model lacks them), never an abort, so an export of "everything" still runs.
        /// </summary>
        public static readonly IReadOnlyList<(string Key, string Command, string IamAction)> Unmapped = new[]
        {
            ("cluster", "aws eks describe-cluster", "eks:DescribeCluster"),
            ("DistributionList", "aws cloudfront list-distributions", "cloudfront:ListDistributions"),
            ("GlobalClusters", "aws rds describe-global-clusters", "rds:DescribeGlobalClusters"),
        };

        // describe-target-health does not repeat the target group it was asked about; the export adds it.
        private static void ReadTargetHealth(ResponseNode node, AwsInventory into)
        {
            var arn = node.Text("TargetGroupArn")
                ?? throw new AwsResponseException($"{node.Where}: TargetHealthDescriptions needs \"TargetGroupArn\" beside it, naming the target group it describes");
            Elbv2Parser.TargetHealth(node, arn, into);
        }
    }
}
