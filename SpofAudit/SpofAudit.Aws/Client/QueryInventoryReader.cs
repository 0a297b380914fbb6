using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>Reads the inventory with the read-only Query API calls docs/aws.md lists in its IAM policy.</summary>
    internal sealed class QueryInventoryReader : IAwsInventoryReader
    {
        public const string ProgressActivity = "Reading AWS inventory";

        private static readonly KeyValuePair<string, string>[] None = Array.Empty<KeyValuePair<string, string>>();

        /// <summary>The calls of one region, in order; DescribeTargetHealth follows, once per target group.</summary>
        internal static readonly IReadOnlyList<InventoryCall> Calls = new[]
        {
            new InventoryCall(AwsService.Ec2, "DescribeInstances", (p, r, i) => Ec2Parser.Instances(p, r, i)),
            new InventoryCall(AwsService.Ec2, "DescribeSubnets", (p, r, i) => Ec2Parser.Subnets(p, r, i)),
            new InventoryCall(AwsService.Ec2, "DescribeRouteTables", (p, r, i) => Ec2Parser.RouteTables(p, r, i)),
            new InventoryCall(AwsService.Ec2, "DescribeNatGateways", (p, r, i) => Ec2Parser.NatGateways(p, r, i)),
            new InventoryCall(AwsService.ElasticLoadBalancing, "DescribeLoadBalancers", (p, r, i) => Elbv2Parser.LoadBalancers(p, r, i)),
            new InventoryCall(AwsService.ElasticLoadBalancing, "DescribeTargetGroups", (p, r, i) => Elbv2Parser.TargetGroups(p, r, i)),
            new InventoryCall(AwsService.AutoScaling, "DescribeAutoScalingGroups", (p, r, i) => AutoScalingParser.Groups(p, r, i)),
            new InventoryCall(AwsService.Rds, "DescribeDBInstances", (p, r, i) => RdsParser.Instances(p, r, i)),
            new InventoryCall(AwsService.Rds, "DescribeDBClusters", (p, r, i) => RdsParser.Clusters(p, r, i)),
            new InventoryCall(AwsService.ElastiCache, "DescribeReplicationGroups", (p, r, i) => ElastiCacheParser.ReplicationGroups(p, r, i)),
        };

        /// <summary>Every IAM action the reader may use: the least-privilege policy.</summary>
        public static IEnumerable<string> IamActions =>
            Calls.Select(c => c.IamAction)
                .Concat(new[] { AwsService.ElasticLoadBalancing.IamAction("DescribeTargetHealth"), AwsService.Sts.IamAction("GetCallerIdentity") });

        private readonly AwsQueryClient _client;

        public QueryInventoryReader(AwsQueryClient client)
        {
            _client = client;
        }

        public async Task<string> GetAccountAsync(CancellationToken cancellation)
        {
            var result = await _client.SendAsync(AwsService.Sts, StsRegion, "GetCallerIdentity", None, cancellation).ConfigureAwait(false);
            return result.Required("Account");
        }

        /// <summary>The region STS is asked in; set from the first audited region so the regional endpoint is used.</summary>
        public string StsRegion { get; set; } = "us-east-1";

        public async Task ReadRegionAsync(string region, AwsInventory into, ISpofHost host, CancellationToken cancellation)
        {
            into.AddRegion(region);
            var step = 0;
            var steps = Calls.Count + 1;
            foreach (var call in Calls)
            {
                host.WriteProgress(ProgressActivity, $"{region}: {call.Action}", 100 * step++ / steps);
                var pages = await ReadOrRecordGap(call.Service, call.Action, region, None, into, host, cancellation).ConfigureAwait(false);
                foreach (var page in pages)
                {
                    call.Read(page, region, into);
                }
            }

            host.WriteProgress(ProgressActivity, $"{region}: DescribeTargetHealth", 100 * step / steps);
            foreach (var group in into.TargetGroups.Where(g => g.Region == region).ToArray())
            {
                var parameters = new[] { new KeyValuePair<string, string>("TargetGroupArn", group.Arn) };
                var pages = await ReadOrRecordGap(AwsService.ElasticLoadBalancing, "DescribeTargetHealth", region, parameters, into, host, cancellation).ConfigureAwait(false);
                foreach (var page in pages)
                {
                    Elbv2Parser.TargetHealth(page, group.Arn, into);
                }

                if (pages.Count == 0)
                {
                    break; // denied or over a limit: one warning is enough, the Auto Scaling groups still tell most targets
                }
            }
        }

        private async Task<IReadOnlyList<ResponseNode>> ReadOrRecordGap(
            AwsService service, string action, string region, IReadOnlyList<KeyValuePair<string, string>> parameters,
            AwsInventory into, ISpofHost host, CancellationToken cancellation)
        {
            try
            {
                // DescribeTargetHealth answers in one page; the others page with the service's token.
                return action == "DescribeTargetHealth"
                    ? new[] { await _client.SendAsync(service, region, action, parameters, cancellation).ConfigureAwait(false) }
                    : await _client.AllPagesAsync(service, region, action, parameters, cancellation).ConfigureAwait(false);
            }
            catch (AwsAccessDeniedException e)
            {
                var gap = new InventoryGap(region, e.IamAction, e.Code + ": " + e.Message, e.Code);
                into.Gaps.Add(gap);
                host.WriteWarning(
                    $"Access denied for {e.IamAction} in {region} ({e.Code}); the audit goes on without it, so the report may miss what it would show. Allow {e.IamAction} (see docs/aws.md for the policy).");
                return Array.Empty<ResponseNode>();
            }
            catch (AwsLimitExceededException e)
            {
                // Pages read before the limit are dropped: the call is marked unread as a whole, never half-trusted.
                into.Gaps.Add(new InventoryGap(region, e.IamAction, e.Reason, e.Code));
                host.WriteWarning($"{e.IamAction} in {region} was not read: {e.Reason}. The audit goes on without it and the report marks it unread.");
                return Array.Empty<ResponseNode>();
            }
        }
    }
}
