using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using SpofAudit.Aws.Inventory;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// The EC2 calls of the inventory through AWSSDK.EC2's typed client (set up by <see cref="SdkExchange"/>):
    /// <see cref="AwsCallRunner"/> pages, retries and bounds them as it does every Query call.
    /// </summary>
    internal sealed class Ec2SdkReader : IDisposable
    {
        private readonly AWSCredentials _credentials;
        private readonly AwsCallRunner _runner;
        private readonly Dictionary<string, (AmazonEC2Client Client, BoundedHttpClientFactory Http)> _clients =
            new Dictionary<string, (AmazonEC2Client, BoundedHttpClientFactory)>(StringComparer.Ordinal);

        public Ec2SdkReader(AWSCredentials credentials, AwsCallRunner runner)
        {
            _credentials = credentials;
            _runner = runner;
        }

        public void Dispose()
        {
            foreach (var held in _clients.Values)
            {
                held.Client.Dispose();
                held.Http.Dispose();
            }

            _clients.Clear();
        }

        /// <summary>Reads every page of one EC2 call of the inventory in <paramref name="region"/> into <paramref name="into"/>.</summary>
        public Task ReadAsync(string action, string region, AwsInventory into, CancellationToken cancellation)
        {
            switch (action)
            {
                case "DescribeInstances":
                    return ReadAsync(
                        region, action, token => new DescribeInstancesRequest { NextToken = token }, (c, r, t) => c.DescribeInstancesAsync(r, t), p => p.NextToken,
                        p => Ec2ResponseMapper.Instances(p, region, into), cancellation);
                case "DescribeSubnets":
                    return ReadAsync(
                        region, action, token => new DescribeSubnetsRequest { NextToken = token }, (c, r, t) => c.DescribeSubnetsAsync(r, t), p => p.NextToken,
                        p => Ec2ResponseMapper.Subnets(p, region, into), cancellation);
                case "DescribeRouteTables":
                    return ReadAsync(
                        region, action, token => new DescribeRouteTablesRequest { NextToken = token }, (c, r, t) => c.DescribeRouteTablesAsync(r, t), p => p.NextToken,
                        p => Ec2ResponseMapper.RouteTables(p, region, into), cancellation);
                case "DescribeNatGateways":
                    return ReadAsync(
                        region, action, token => new DescribeNatGatewaysRequest { NextToken = token }, (c, r, t) => c.DescribeNatGatewaysAsync(r, t), p => p.NextToken,
                        p => Ec2ResponseMapper.NatGateways(p, region, into), cancellation);
                default:
                    throw new ArgumentOutOfRangeException(nameof(action), action, "not an EC2 call of the inventory");
            }
        }

        private async Task ReadAsync<TRequest, TResponse>(
            string region,
            string action,
            Func<string?, TRequest> request,
            Func<IAmazonEC2, TRequest, CancellationToken, Task<TResponse>> send,
            Func<TResponse, string?> nextToken,
            Action<TResponse> map,
            CancellationToken cancellation)
            where TResponse : AmazonWebServiceResponse
        {
            var client = ClientFor(region);
            var pages = await _runner.AllPagesAsync(
                AwsService.Ec2,
                region,
                action,
                (token, page, budget) => SdkExchange.SendAsync(_runner, AwsService.Ec2, region, action, page, attempt => send(client, request(token), attempt), budget),
                nextToken,
                cancellation).ConfigureAwait(false);
            foreach (var page in pages)
            {
                map(page);
            }
        }

        private AmazonEC2Client ClientFor(string region)
        {
            if (!_clients.TryGetValue(region, out var held))
            {
                var http = new BoundedHttpClientFactory(AwsService.Ec2, region, _runner.Limits);
                var config = new AmazonEC2Config();
                SdkExchange.Configure(config, _runner, AwsService.Ec2, region, http);
                held = (new AmazonEC2Client(_credentials, config), http);
                _clients.Add(region, held);
            }

            return held.Client;
        }
    }
}
