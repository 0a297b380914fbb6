using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using SpofAudit.Aws.Parsing;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// A small, read-only client for the AWS Query APIs of the services whose AWS SDK package SpofAudit does not ship
    /// (docs/aws.md): signs each POST with SigV4 and hands the exchange to <see cref="AwsCallRunner"/>, which follows
    /// every page, retries, bounds each call and writes its debug lines. Unreadable answers become
    /// <see cref="AwsResponseException"/>. It never follows a redirect and reads a body only up to
    /// <see cref="AwsClientLimits.MaxResponseBytes"/>, counted while it streams in.
    /// </summary>
    internal sealed class AwsQueryClient : IDisposable
    {
        private readonly HttpClient _http;
        private readonly AWSCredentials _credentials;

        public AwsQueryClient(
            AWSCredentials credentials, Uri? endpointOverride, RetryPolicy retry, ISpofHost? host = null, AwsClientLimits? limits = null, HttpMessageHandler? handler = null)
        {
            _credentials = credentials;
            Runner = new AwsCallRunner(endpointOverride, retry, limits ?? new AwsClientLimits(), host ?? new NullHost());
            _http = new HttpClient(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                Timeout = System.Threading.Timeout.InfiniteTimeSpan, // each attempt and each call have their own bounds
            };
        }

        /// <summary>The bounds, retries and lines this client's calls obey; the AWS SDK service clients obey the same.</summary>
        public AwsCallRunner Runner { get; }

        public void Dispose() => _http.Dispose();

        /// <summary>Every page of a call; each page is the response's result element.</summary>
        /// <exception cref="AwsLimitExceededException">More pages, more time or a larger page than <see cref="AwsClientLimits"/> allow.</exception>
        public Task<IReadOnlyList<ResponseNode>> AllPagesAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation) =>
            Runner.AllPagesAsync(
                service,
                region,
                action,
                (token, page, budget) => SendPageAsync(
                    service, region, action, token == null ? parameters : parameters.Concat(new[] { new KeyValuePair<string, string>(service.RequestToken, token) }).ToArray(), page, budget),
                page => page.Text(service.ResponseToken),
                cancellation);

        /// <summary>One call of one page: the result element of the response (<c>{Action}Result</c>, or the root for EC2).</summary>
        public Task<ResponseNode> SendAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation)
        {
            var done = 0;
            return Runner.WithinCallBudgetAsync(service, region, action, () => done, cancellation, async budget =>
            {
                var page = await SendPageAsync(service, region, action, parameters, 1, budget).ConfigureAwait(false);
                done = 1;
                return page;
            });
        }

        private Task<ResponseNode> SendPageAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, int page, CancellationToken cancellation)
        {
            var iamAction = service.IamAction(action);
            var endpoint = Runner.EndpointOf(service, region);
            var body = Encoding.UTF8.GetBytes(FormBody(service, action, parameters));
            return Runner.WithRetriesAsync(
                service,
                region,
                action,
                page,
                attempt => PostAsync(service, region, endpoint, body, iamAction, attempt),
                answer =>
                {
                    var result = QueryDocument.ResultOf(QueryDocument.Parse(answer.Text, iamAction, region), action, iamAction, region);
                    return (ResponseNode)new XmlResponseNode(result, $"{iamAction} in {region}: {result.Name.LocalName}");
                },
                cancellation);
        }

        /// <summary>One signed POST: the status and body (read up to the size limit), or the redirect's location.</summary>
        /// <exception cref="TimeoutException">No response headers within <see cref="AwsClientLimits.AttemptTimeout"/>.</exception>
        private async Task<HttpAnswer> PostAsync(
            AwsService service, string region, Uri endpoint, byte[] body, string iamAction, CancellationToken cancellation)
        {
            // Resolved per attempt: assumed-role and instance credentials refresh themselves.
            var credentials = await _credentials.GetCredentialsAsync().ConfigureAwait(false);
            var headers = QuerySigner.Sign(endpoint, region, service.SigningName, body, credentials, DateTime.UtcNow);
            using (var request = new HttpRequestMessage(HttpMethod.Post, endpoint))
            {
                request.Content = new ByteArrayContent(body);
                foreach (var header in headers)
                {
                    if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                    else if (!string.Equals(header.Key, "Host", StringComparison.OrdinalIgnoreCase))
                    {
                        request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                HttpResponseMessage response;
                using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
                {
                    attempt.CancelAfter(Runner.Limits.AttemptTimeout);
                    try
                    {
                        response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                    {
                        throw new TimeoutException();
                    }
                }

                using (response)
                {
                    var status = (int)response.StatusCode;
                    if (status >= 300 && status < 400)
                    {
                        return new HttpAnswer(status, string.Empty, response.Headers.Location);
                    }

                    var text = await BoundedBody.ReadAsync(response.Content, Runner.Limits.MaxResponseBytes, iamAction, region, cancellation).ConfigureAwait(false);
                    return new HttpAnswer(status, text, null);
                }
            }
        }

        private static string FormBody(AwsService service, string action, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
            string.Join("&", new[] { new KeyValuePair<string, string>("Action", action), new KeyValuePair<string, string>("Version", service.ApiVersion) }
                .Concat(parameters)
                .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }
}
