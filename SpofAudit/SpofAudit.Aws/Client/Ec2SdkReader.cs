using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
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
    /// The EC2 calls of the inventory through AWSSDK.EC2's typed client. The SDK builds, signs and reads each request;
    /// <see cref="AwsCallRunner"/> pages, retries and bounds it as it does every Query call, and
    /// <see cref="BoundedSdkHandler"/> carries the bytes (no redirect, bounded wait and body). The SDK's own retries
    /// are off, so one policy decides for every service.
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
                (token, page, budget) => SendPageAsync(client, region, action, request(token), send, page, budget),
                nextToken,
                cancellation).ConfigureAwait(false);
            foreach (var page in pages)
            {
                map(page);
            }
        }

        private Task<TResponse> SendPageAsync<TRequest, TResponse>(
            IAmazonEC2 client, string region, string action, TRequest request, Func<IAmazonEC2, TRequest, CancellationToken, Task<TResponse>> send, int page, CancellationToken cancellation)
            where TResponse : AmazonWebServiceResponse
        {
            TResponse? response = null;
            return _runner.WithRetriesAsync(
                AwsService.Ec2,
                region,
                action,
                page,
                async attempt =>
                {
                    try
                    {
                        response = await send(client, request, attempt).ConfigureAwait(false);
                        return new HttpAnswer((int)response.HttpStatusCode, string.Empty, null);
                    }
                    catch (AwsHttpAnswerException e)
                    {
                        return e.Answer;
                    }
                    catch (Exception e) when (IsUnreadable(e))
                    {
                        throw new AwsResponseException($"{AwsService.Ec2.IamAction(action)} in {region}: AWSSDK.EC2 cannot read the response ({Innermost(e).Message.TrimEnd('.')})", e);
                    }
                    catch (AmazonClientException e) when (e.InnerException != null && IsTransport(e.InnerException))
                    {
                        // The SDK wraps some transport failures; AwsCallRunner retries them as it retries the Query client's.
                        ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                        throw;
                    }
                },
                _ => response!,
                cancellation);
        }

        private AmazonEC2Client ClientFor(string region)
        {
            if (!_clients.TryGetValue(region, out var held))
            {
                var http = new BoundedHttpClientFactory(AwsService.Ec2, region, _runner.Limits);
                var config = new AmazonEC2Config
                {
                    // The same endpoint as every other service: -EndpointUrl / AWS_ENDPOINT_URL, else the regional one.
                    ServiceURL = _runner.EndpointOf(AwsService.Ec2, region).ToString(),
                    AuthenticationRegion = region,
                    IgnoreConfiguredEndpointUrls = true,
                    HttpClientFactory = http,
                    AllowAutoRedirect = false,
                    MaxErrorRetry = 0, // AwsCallRunner retries, within RetryPolicy's bounds
                    ThrottleRetries = false,
                    Timeout = _runner.Limits.CallBudget, // never before the handler's and the runner's own bounds
                };
                held = (new AmazonEC2Client(_credentials, config), http);
                _clients.Add(region, held);
            }

            return held.Client;
        }

        /// <summary>
        /// The SDK's typed reader refused a well-formed answer: a field not of its type (it throws the parse error
        /// itself, e.g. FormatException for a number) or a shape it does not know.
        /// </summary>
        private static bool IsUnreadable(Exception e) =>
            e is AmazonUnmarshallingException || e is FormatException || e is OverflowException || e is System.Xml.XmlException;

        private static bool IsTransport(Exception e) =>
            e is System.Net.Http.HttpRequestException || e is System.IO.IOException || e is TimeoutException;

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null)
            {
                e = e.InnerException;
            }

            return e;
        }
    }
}
