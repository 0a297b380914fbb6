using System;
using System.Net.Http;
using Amazon.Runtime;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Gives an AWS SDK service client one HttpClient over <see cref="BoundedSdkHandler"/>, owned here and not in the
    /// SDK's process-wide cache, so that each audit's limits hold and nothing outlives it.
    /// </summary>
    internal sealed class BoundedHttpClientFactory : HttpClientFactory, IDisposable
    {
        private readonly HttpClient _http;

        public BoundedHttpClientFactory(AwsService service, string region, AwsClientLimits limits)
        {
            _http = new HttpClient(new BoundedSdkHandler(service, region, limits))
            {
                Timeout = System.Threading.Timeout.InfiniteTimeSpan, // the handler bounds each attempt, AwsCallRunner each call
            };
        }

        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => _http;

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;

        public override string? GetConfigUniqueString(IClientConfig clientConfig) => null;

        public void Dispose() => _http.Dispose();
    }
}
