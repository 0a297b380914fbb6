using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// A small, read-only client for the AWS Query APIs: signs each POST with SigV4, follows every page, retries
    /// throttling and server errors with backoff and jitter within a bounded time, and turns AWS error responses
    /// into <see cref="AwsRequestException"/> / <see cref="AwsAccessDeniedException"/> and unreadable ones into
    /// <see cref="AwsResponseException"/>. It refuses any action that is not Describe*, List* or Get*.
    /// </summary>
    internal sealed class AwsQueryClient : IDisposable
    {
        private const int MaxPages = 100_000;
        private static readonly string[] ReadOnlyPrefixes = { "Describe", "List", "Get" };

        private readonly HttpClient _http;
        private readonly AWSCredentials _credentials;
        private readonly Uri? _endpointOverride;
        private readonly RetryPolicy _retry;

        public AwsQueryClient(AWSCredentials credentials, Uri? endpointOverride, RetryPolicy retry, HttpMessageHandler? handler = null)
        {
            _credentials = credentials;
            _endpointOverride = endpointOverride;
            _retry = retry;
            _http = handler == null ? new HttpClient() : new HttpClient(handler);
            _http.Timeout = TimeSpan.FromSeconds(60);
        }

        public void Dispose() => _http.Dispose();

        /// <summary>The endpoint of a service in a region, or the override (AWS_ENDPOINT_URL or a parameter) for every service.</summary>
        public Uri EndpointOf(AwsService service, string region) =>
            _endpointOverride ?? new Uri($"https://{service.EndpointPrefix}.{region}.{(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com")}/");

        /// <summary>Every page of a call; each page is the response's result element.</summary>
        public async Task<IReadOnlyList<ResponseNode>> AllPagesAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation)
        {
            var pages = new List<ResponseNode>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? token = null;
            do
            {
                var query = token == null ? parameters : parameters.Concat(new[] { new KeyValuePair<string, string>(service.RequestToken, token) }).ToArray();
                var page = await SendAsync(service, region, action, query, cancellation).ConfigureAwait(false);
                pages.Add(page);
                token = page.Text(service.ResponseToken);
                if (string.IsNullOrEmpty(token))
                {
                    break;
                }

                if (!seen.Add(token!) || pages.Count >= MaxPages)
                {
                    throw new AwsResponseException($"{service.IamAction(action)} in {region}: the service returned the page token '{token}' again; stopping rather than looping");
                }
            }
            while (true);
            return pages;
        }

        /// <summary>One call: the result element of the response (<c>{Action}Result</c>, or the root for EC2).</summary>
        public async Task<ResponseNode> SendAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation)
        {
            if (!ReadOnlyPrefixes.Any(p => action.StartsWith(p, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"SpofAudit only reads: {action} is not a Describe, List or Get action.");
            }

            var iamAction = service.IamAction(action);
            var endpoint = EndpointOf(service, region);
            var body = Encoding.UTF8.GetBytes(FormBody(service, action, parameters));
            var clock = Stopwatch.StartNew();
            for (var attempt = 1; ; attempt++)
            {
                cancellation.ThrowIfCancellationRequested();
                string? failure;
                string? code = null;
                try
                {
                    var (status, text) = await PostAsync(service, region, endpoint, body, cancellation).ConfigureAwait(false);
                    if (status >= 200 && status < 300)
                    {
                        return ResultOf(Parse(text, iamAction, region), action, iamAction, region);
                    }

                    string message;
                    (code, message) = ErrorOf(text, status);
                    if (AwsErrorCodes.IsAccessDenied(code))
                    {
                        throw new AwsAccessDeniedException(iamAction, region, code!, message);
                    }

                    if (!AwsErrorCodes.IsRetryable(status, code))
                    {
                        throw new AwsRequestException(iamAction, region, code, $"{iamAction} in {region} failed: {code ?? "HTTP " + status}: {message}");
                    }

                    failure = $"{code ?? "HTTP " + status}: {message}";
                }
                catch (HttpRequestException e)
                {
                    failure = e.Message;
                }
                catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    failure = "the request timed out";
                }

                var delay = _retry.NextDelay(attempt, clock.Elapsed);
                if (delay == null)
                {
                    throw new AwsRequestException(iamAction, region, code, $"{iamAction} in {region} still failed after {attempt} attempts in {clock.Elapsed.TotalSeconds:0.#} s: {failure}");
                }

                await Task.Delay(delay.Value, cancellation).ConfigureAwait(false);
            }
        }

        private async Task<(int Status, string Text)> PostAsync(AwsService service, string region, Uri endpoint, byte[] body, CancellationToken cancellation)
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

                using (var response = await _http.SendAsync(request, cancellation).ConfigureAwait(false))
                {
                    var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                    return ((int)response.StatusCode, text);
                }
            }
        }

        private static string FormBody(AwsService service, string action, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
            string.Join("&", new[] { new KeyValuePair<string, string>("Action", action), new KeyValuePair<string, string>("Version", service.ApiVersion) }
                .Concat(parameters)
                .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

        private static XElement Parse(string text, string iamAction, string region)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using (var reader = XmlReader.Create(new System.IO.StringReader(text), settings))
                {
                    return XElement.Load(reader);
                }
            }
            catch (XmlException e)
            {
                throw new AwsResponseException($"{iamAction} in {region}: the response is not well-formed XML ({e.Message})", e);
            }
        }

        private static ResponseNode ResultOf(XElement root, string action, string iamAction, string region)
        {
            if (!string.Equals(root.Name.LocalName, action + "Response", StringComparison.Ordinal))
            {
                throw new AwsResponseException($"{iamAction} in {region}: expected a {action}Response document, got <{root.Name.LocalName}>");
            }

            var result = root.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result") ?? root;
            return new XmlResponseNode(result, $"{iamAction} in {region}: {result.Name.LocalName}");
        }

        /// <summary>The code and message of an error response (EC2's Response/Errors/Error or the Query services' ErrorResponse/Error).</summary>
        private static (string? Code, string Message) ErrorOf(string text, int status)
        {
            try
            {
                var root = XElement.Parse(text);
                var code = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value.Trim();
                var message = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value.Trim();
                return (string.IsNullOrEmpty(code) ? null : code, string.IsNullOrEmpty(message) ? "HTTP " + status : message!);
            }
            catch (XmlException)
            {
                return (null, "HTTP " + status + " with a body that is not an AWS error document");
            }
        }
    }
}
