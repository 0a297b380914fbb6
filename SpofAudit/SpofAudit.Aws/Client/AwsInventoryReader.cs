using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Reads the inventory with the read-only calls docs/aws.md lists in its IAM policy: EC2's through AWSSDK.EC2
    /// (<see cref="Ec2SdkReader"/>), the account through AWSSDK.SecurityToken (<see cref="StsAccountReader"/>), the
    /// services whose SDK package SpofAudit does not ship through the Query client (<see cref="QueryInventoryReader"/>). A call denied or stopped at a limit is a gap and a warning, not an abort.
    /// </summary>
    internal sealed class AwsInventoryReader : IAwsInventoryReader
    {
        public const string ProgressActivity = "Reading AWS inventory";

        /// <summary>The calls of one region, in order; DescribeTargetHealth follows, once per target group.</summary>
        internal static readonly IReadOnlyList<InventoryCall> Calls = new[]
        {
            new InventoryCall(AwsService.Ec2, "DescribeInstances"),
            new InventoryCall(AwsService.Ec2, "DescribeSubnets"),
            new InventoryCall(AwsService.Ec2, "DescribeRouteTables"),
            new InventoryCall(AwsService.Ec2, "DescribeNatGateways"),
            new InventoryCall(AwsService.ElasticLoadBalancing, "DescribeLoadBalancers"),
            new InventoryCall(AwsService.ElasticLoadBalancing, "DescribeTargetGroups"),
            new InventoryCall(AwsService.AutoScaling, "DescribeAutoScalingGroups"),
            new InventoryCall(AwsService.Rds, "DescribeDBInstances"),
            new InventoryCall(AwsService.Rds, "DescribeDBClusters"),
            new InventoryCall(AwsService.ElastiCache, "DescribeReplicationGroups"),
        };

        /// <summary>Every IAM action the reader may use: the least-privilege policy.</summary>
        public static IEnumerable<string> IamActions =>
            Calls.Select(c => c.IamAction)
                .Concat(new[] { AwsService.ElasticLoadBalancing.IamAction("DescribeTargetHealth"), AwsService.Sts.IamAction("GetCallerIdentity") });

        private readonly QueryInventoryReader _query;
        private readonly Ec2SdkReader _ec2;
        private readonly StsAccountReader _sts;

        public AwsInventoryReader(QueryInventoryReader query, Ec2SdkReader ec2, StsAccountReader sts)
        {
            _query = query;
            _ec2 = ec2;
            _sts = sts;
        }

        /// <summary>The region STS is asked in; set from the first audited region so the regional endpoint is used.</summary>
        public string StsRegion { get; set; } = "us-east-1";

        public Task<string> GetAccountAsync(CancellationToken cancellation) => _sts.GetAccountAsync(StsRegion, cancellation);

        public async Task ReadRegionAsync(string region, AwsInventory into, ISpofHost host, CancellationToken cancellation)
        {
            into.AddRegion(region);
            var step = 0;
            var steps = Calls.Count + 1;
            foreach (var call in Calls)
            {
                host.WriteProgress(ProgressActivity, $"{region}: {call.Action}", 100 * step++ / steps);
                await ReadOrRecordGap(
                    region,
                    into,
                    host,
                    () => call.Service == AwsService.Ec2 ? _ec2.ReadAsync(call.Action, region, into, cancellation) : _query.ReadAsync(call, region, into, cancellation))
                    .ConfigureAwait(false);
            }

            host.WriteProgress(ProgressActivity, $"{region}: DescribeTargetHealth", 100 * step / steps);
            foreach (var group in into.TargetGroups.Where(g => g.Region == region).ToArray())
            {
                if (!await ReadOrRecordGap(region, into, host, () => _query.ReadTargetHealthAsync(group.Arn, region, into, cancellation)).ConfigureAwait(false))
                {
                    break; // denied or over a limit: one warning is enough, the Auto Scaling groups still tell most targets
                }
            }
        }

        /// <summary>Runs one call; false when it was denied or stopped at a limit, which is then a gap and a warning.</summary>
        private static async Task<bool> ReadOrRecordGap(string region, AwsInventory into, ISpofHost host, Func<Task> read)
        {
            try
            {
                await read().ConfigureAwait(false);
                return true;
            }
            catch (AwsAccessDeniedException e)
            {
                var gap = new InventoryGap(region, e.IamAction, e.Code + ": " + e.Message, e.Code);
                into.Gaps.Add(gap);
                host.WriteWarning(
                    $"Access denied for {e.IamAction} in {region} ({e.Code}); the audit goes on without it, so the report may miss what it would show. Allow {e.IamAction} (see docs/aws.md for the policy).");
                return false;
            }
            catch (AwsLimitExceededException e)
            {
                // Pages read before the limit are dropped: the call is marked unread as a whole, never half-trusted.
                into.Gaps.Add(new InventoryGap(region, e.IamAction, e.Reason, e.Code));
                host.WriteWarning($"{e.IamAction} in {region} was not read: {e.Reason}. The audit goes on without it and the report marks it unread.");
                return false;
            }
        }
    }
}
