using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// How an AWS SDK service client is set up and called so that its calls obey <see cref="AwsCallRunner"/> as the
    /// Query client's do: the SDK builds, signs and reads each request; the runner retries (the SDK's own retries are
    /// off), and <see cref="BoundedSdkHandler"/> carries the bytes.
    /// </summary>
    internal static class SdkExchange
    {
        /// <summary>Points <paramref name="config"/> at the audit's endpoint and hands its transport and retries to SpofAudit.</summary>
        public static void Configure(ClientConfig config, AwsCallRunner runner, AwsService service, string region, BoundedHttpClientFactory http)
        {
            // The same endpoint as every other service: -EndpointUrl / AWS_ENDPOINT_URL, else the regional one; the
            // SDK's own endpoint settings (AWS_ENDPOINT_URL_<SERVICE>, FIPS, dual-stack) do not apply.
            config.ServiceURL = runner.EndpointOf(service, region).ToString();
            config.AuthenticationRegion = region;
            config.IgnoreConfiguredEndpointUrls = true;
            config.UseFIPSEndpoint = false;
            config.UseDualstackEndpoint = false;
            config.HttpClientFactory = http;
            config.AllowAutoRedirect = false;
            config.MaxErrorRetry = 0; // AwsCallRunner retries, within RetryPolicy's bounds
            config.ThrottleRetries = false;
            config.Timeout = runner.Limits.CallBudget; // never before the handler's and the runner's own bounds
        }

        /// <summary>One page of a call through an SDK client, retried and reported by <paramref name="runner"/>.</summary>
        public static Task<TResponse> SendAsync<TResponse>(
            AwsCallRunner runner, AwsService service, string region, string action, int page, Func<CancellationToken, Task<TResponse>> send, CancellationToken cancellation)
            where TResponse : AmazonWebServiceResponse
        {
            TResponse? response = null;
            return runner.WithRetriesAsync(
                service,
                region,
                action,
                page,
                async attempt =>
                {
                    try
                    {
                        response = await send(attempt).ConfigureAwait(false);
                        return new HttpAnswer((int)response.HttpStatusCode, string.Empty, null);
                    }
                    catch (AwsHttpAnswerException e)
                    {
                        return e.Answer;
                    }
                    catch (Exception e) when (IsUnreadable(e))
                    {
                        throw new AwsResponseException($"{service.IamAction(action)} in {region}: the AWS SDK cannot read the response ({Innermost(e).Message.TrimEnd('.')})", e);
                    }
                    catch (AmazonClientException e) when (e.InnerException != null && IsTransport(e.InnerException))
                    {
                        // The SDK wraps some transport failures; the runner retries them as it retries the Query client's.
                        ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                        throw;
                    }
                },
                _ => response!,
                cancellation);
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
