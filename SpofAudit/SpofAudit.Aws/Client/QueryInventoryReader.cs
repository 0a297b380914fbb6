using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// The calls of the services whose AWS SDK package SpofAudit does not ship (ELBv2, Auto Scaling, RDS,
    /// ElastiCache), read through <see cref="AwsQueryClient"/> and its parsers.
    /// </summary>
    internal sealed class QueryInventoryReader
    {
        private static readonly KeyValuePair<string, string>[] None = Array.Empty<KeyValuePair<string, string>>();

        private static readonly IReadOnlyDictionary<string, Action<ResponseNode, string, AwsInventory>> Parsers =
            new Dictionary<string, Action<ResponseNode, string, AwsInventory>>(StringComparer.Ordinal)
            {
                ["elasticloadbalancing:DescribeLoadBalancers"] = (p, r, i) => Elbv2Parser.LoadBalancers(p, r, i),
                ["elasticloadbalancing:DescribeTargetGroups"] = (p, r, i) => Elbv2Parser.TargetGroups(p, r, i),
                ["autoscaling:DescribeAutoScalingGroups"] = (p, r, i) => AutoScalingParser.Groups(p, r, i),
                ["rds:DescribeDBInstances"] = (p, r, i) => RdsParser.Instances(p, r, i),
                ["rds:DescribeDBClusters"] = (p, r, i) => RdsParser.Clusters(p, r, i),
                ["elasticache:DescribeReplicationGroups"] = (p, r, i) => ElastiCacheParser.ReplicationGroups(p, r, i),
            };

        private readonly AwsQueryClient _client;

        public QueryInventoryReader(AwsQueryClient client)
        {
            _client = client;
        }

        /// <summary>Reads every page of <paramref name="call"/> in <paramref name="region"/> into <paramref name="into"/>.</summary>
        public async Task ReadAsync(InventoryCall call, string region, AwsInventory into, CancellationToken cancellation)
        {
            var read = Parsers[call.IamAction];
            var pages = await _client.AllPagesAsync(call.Service, region, call.Action, None, cancellation).ConfigureAwait(false);
            foreach (var page in pages)
            {
                read(page, region, into);
            }
        }

        /// <summary>DescribeTargetHealth of one target group; it answers in one page.</summary>
        public async Task ReadTargetHealthAsync(string targetGroupArn, string region, AwsInventory into, CancellationToken cancellation)
        {
            var parameters = new[] { new KeyValuePair<string, string>("TargetGroupArn", targetGroupArn) };
            var page = await _client.SendAsync(AwsService.ElasticLoadBalancing, region, "DescribeTargetHealth", parameters, cancellation).ConfigureAwait(false);
            Elbv2Parser.TargetHealth(page, targetGroupArn, into);
        }
    }
}
