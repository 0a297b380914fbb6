using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>The account of the credentials in use: STS GetCallerIdentity through AWSSDK.SecurityToken (set up by <see cref="SdkExchange"/>).</summary>
    internal sealed class StsAccountReader : IDisposable
    {
        private const string Action = "GetCallerIdentity";

        private readonly AWSCredentials _credentials;
        private readonly AwsCallRunner _runner;
        private (AmazonSecurityTokenServiceClient Client, BoundedHttpClientFactory Http, string Region)? _held;

        public StsAccountReader(AWSCredentials credentials, AwsCallRunner runner)
        {
            _credentials = credentials;
            _runner = runner;
        }

        public void Dispose()
        {
            _held?.Client.Dispose();
            _held?.Http.Dispose();
            _held = null;
        }

        /// <summary>The account id, asked in <paramref name="region"/> so that the regional endpoint answers.</summary>
        public async Task<string> GetAccountAsync(string region, CancellationToken cancellation)
        {
            var client = ClientFor(region);
            var done = 0;
            var response = await _runner.WithinCallBudgetAsync(AwsService.Sts, region, Action, () => done, cancellation, async budget =>
            {
                var answer = await SdkExchange.SendAsync(
                    _runner, AwsService.Sts, region, Action, 1, attempt => client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), attempt), budget).ConfigureAwait(false);
                done = 1;
                return answer;
            }).ConfigureAwait(false);
            return string.IsNullOrEmpty(response.Account)
                ? throw new AwsResponseException($"{AwsService.Sts.IamAction(Action)} in {region}: GetCallerIdentityResult: the field Account is missing")
                : response.Account;
        }

        private AmazonSecurityTokenServiceClient ClientFor(string region)
        {
            if (_held == null || _held.Value.Region != region)
            {
                Dispose();
                var http = new BoundedHttpClientFactory(AwsService.Sts, region, _runner.Limits);
                var config = new AmazonSecurityTokenServiceConfig();
                SdkExchange.Configure(config, _runner, AwsService.Sts, region, http);
                _held = (new AmazonSecurityTokenServiceClient(_credentials, config), http, region);
            }

            return _held.Value.Client;
        }
    }
}
