using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using SpofAudit.Aws.Parsing;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// A small, read-only client for the AWS Query APIs: signs each POST with SigV4, follows every page, retries
    /// throttling and server errors with backoff and jitter within a bounded time, and turns AWS error responses
    /// into <see cref="AwsRequestException"/> / <see cref="AwsAccessDeniedException"/> and unreadable ones into
    /// <see cref="AwsResponseException"/>. It refuses any action that is not Describe*, List* or Get*.
    /// Every cost is bounded (<see cref="AwsClientLimits"/>): the wait for an answer, the size of a body (counted
    /// while it streams in), the pages and the time of a call. It never follows a redirect, so a signed request and
    /// its session token go to the endpoint asked and nowhere else. Each exchange is a debug line (no secret).
    /// </summary>
    internal sealed class AwsQueryClient : IDisposable
    {
        private static readonly string[] ReadOnlyPrefixes = { "Describe", "List", "Get" };

        private readonly HttpClient _http;
        private readonly AWSCredentials _credentials;
        private readonly Uri? _endpointOverride;
        private readonly RetryPolicy _retry;
        private readonly AwsClientLimits _limits;
        private readonly ISpofHost _host;

        public AwsQueryClient(
            AWSCredentials credentials, Uri? endpointOverride, RetryPolicy retry, ISpofHost? host = null, AwsClientLimits? limits = null, HttpMessageHandler? handler = null)
        {
            _credentials = credentials;
            _endpointOverride = endpointOverride;
            _retry = retry;
            _limits = limits ?? new AwsClientLimits();
            _host = host ?? new NullHost();
            _http = new HttpClient(handler ?? new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
            {
                Timeout = System.Threading.Timeout.InfiniteTimeSpan, // each attempt and each call have their own bounds
            };
        }

        public void Dispose() => _http.Dispose();

        /// <summary>The endpoint of a service in a region, or the override (AWS_ENDPOINT_URL or a parameter) for every service.</summary>
        public Uri EndpointOf(AwsService service, string region) =>
            _endpointOverride ?? new Uri($"https://{service.EndpointPrefix}.{region}.{(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com")}/");

        /// <summary>Every page of a call; each page is the response's result element.</summary>
        /// <exception cref="AwsLimitExceededException">More pages, more time or a larger page than <see cref="AwsClientLimits"/> allow.</exception>
        public Task<IReadOnlyList<ResponseNode>> AllPagesAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation)
        {
            var pages = new List<ResponseNode>();
            return WithinCallBudgetAsync(service, region, action, () => pages.Count, cancellation, async budget =>
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                string? token = null;
                do
                {
                    if (pages.Count >= _limits.MaxPagesPerCall)
                    {
                        throw new AwsLimitExceededException(
                            service.IamAction(action), region, $"stopped after {pages.Count} pages, the most one call may return (the service kept sending new page tokens)");
                    }

                    var query = token == null ? parameters : parameters.Concat(new[] { new KeyValuePair<string, string>(service.RequestToken, token) }).ToArray();
                    var page = await SendPageAsync(service, region, action, query, pages.Count + 1, budget).ConfigureAwait(false);
                    pages.Add(page);
                    token = page.Text(service.ResponseToken);
                    if (string.IsNullOrEmpty(token))
                    {
                        return (IReadOnlyList<ResponseNode>)pages;
                    }

                    if (!seen.Add(token!))
                    {
                        throw new AwsResponseException($"{service.IamAction(action)} in {region}: the service returned the page token '{token}' again; stopping rather than looping");
                    }
                }
                while (true);
            });
        }

        /// <summary>One call of one page: the result element of the response (<c>{Action}Result</c>, or the root for EC2).</summary>
        public Task<ResponseNode> SendAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellation)
        {
            var done = 0;
            return WithinCallBudgetAsync(service, region, action, () => done, cancellation, async budget =>
            {
                var page = await SendPageAsync(service, region, action, parameters, 1, budget).ConfigureAwait(false);
                done = 1;
                return page;
            });
        }

        /// <summary>Runs a call under <see cref="AwsClientLimits.CallBudget"/> and writes its debug summary line.</summary>
        private async Task<T> WithinCallBudgetAsync<T>(
            AwsService service, string region, string action, Func<int> pagesRead, CancellationToken cancellation, Func<CancellationToken, Task<T>> call)
        {
            if (!ReadOnlyPrefixes.Any(p => action.StartsWith(p, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"SpofAudit only reads: {action} is not a Describe, List or Get action.");
            }

            var clock = Stopwatch.StartNew();
            using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                budget.CancelAfter(_limits.CallBudget);
                try
                {
                    var result = await call(budget.Token).ConfigureAwait(false);
                    var pages = pagesRead();
                    _host.WriteDebug($"AWS {service} {action} in {region} at {HostOf(service, region)}: {pages} page{(pages == 1 ? string.Empty : "s")} in {Milliseconds(clock.Elapsed)} ms");
                    return result;
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested && budget.IsCancellationRequested)
                {
                    throw new AwsLimitExceededException(
                        service.IamAction(action), region, $"stopped after {pagesRead()} pages and {Seconds(clock.Elapsed)} s, the longest one call may take ({Seconds(_limits.CallBudget)} s)");
                }
            }
        }

        private async Task<ResponseNode> SendPageAsync(
            AwsService service, string region, string action, IReadOnlyList<KeyValuePair<string, string>> parameters, int page, CancellationToken cancellation)
        {
            var iamAction = service.IamAction(action);
            var endpoint = EndpointOf(service, region);
            var body = Encoding.UTF8.GetBytes(FormBody(service, action, parameters));
            var clock = Stopwatch.StartNew();
            for (var attempt = 1; ; attempt++)
            {
                cancellation.ThrowIfCancellationRequested();
                string? failure;
                string? code = null;
                var noAnswer = false;
                var exchange = Stopwatch.StartNew();
                var said = $"AWS {service} {action} in {region} at {endpoint.Authority}: page {page}, attempt {attempt}:";
                try
                {
                    var answer = await PostAsync(service, region, endpoint, body, iamAction, cancellation).ConfigureAwait(false);
                    var status = answer.Status;
                    _host.WriteDebug($"{said} HTTP {status} in {Milliseconds(exchange.Elapsed)} ms");
                    if (status >= 200 && status < 300)
                    {
                        return ResultOf(Parse(answer.Text, iamAction, region), action, iamAction, region);
                    }

                    if (status >= 300 && status < 400)
                    {
                        throw new AwsRequestException(
                            iamAction,
                            region,
                            null,
                            $"{iamAction} in {region}: {Display(endpoint)} answered HTTP {status}, a redirect to {answer.Location?.ToString() ?? "(no location)"}; SpofAudit never follows redirects, so that its signed requests and session token go nowhere else. Check -EndpointUrl / --endpoint-url / {AwsAudit.EndpointVariable} and any proxy in between.");
                    }

                    string message;
                    (code, message) = ErrorOf(answer.Text, status);
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
                    noAnswer = true;
                    failure = $"no answer from {Display(endpoint)} ({Innermost(e).Message.TrimEnd('.')})";
                    _host.WriteDebug($"{said} {failure} after {Milliseconds(exchange.Elapsed)} ms");
                }
                catch (IOException e)
                {
                    noAnswer = true;
                    failure = $"the answer from {Display(endpoint)} broke off ({e.Message.TrimEnd('.')})";
                    _host.WriteDebug($"{said} {failure} after {Milliseconds(exchange.Elapsed)} ms");
                }
                catch (TimeoutException)
                {
                    noAnswer = true;
                    failure = $"no answer within {Seconds(_limits.AttemptTimeout)} s from {Display(endpoint)}";
                    _host.WriteDebug($"{said} {failure}");
                }

                var delay = _retry.NextDelay(attempt, clock.Elapsed, noAnswer);
                if (delay == null)
                {
                    var hint = noAnswer
                        ? $" Check the endpoint ({Display(endpoint)}: the region name, -EndpointUrl / --endpoint-url / {AwsAudit.EndpointVariable}), the network path to it and any proxy (HTTPS_PROXY)."
                        : string.Empty;
                    throw new AwsRequestException(iamAction, region, code, $"{iamAction} in {region} still failed after {attempt} attempts in {Seconds(clock.Elapsed)} s: {failure}.{hint}");
                }

                var maxAttempts = noAnswer ? _retry.MaxTransportAttempts : _retry.MaxAttempts;
                _host.WriteVerbose($"Retrying {service} {action} in {region} after {failure} (attempt {attempt + 1} of at most {maxAttempts}, in {Seconds(delay.Value)} s).");
                _host.WriteProgress(QueryInventoryReader.ProgressActivity, $"{region}: retrying {service} {action} (attempt {attempt + 1} of at most {maxAttempts})", -1);
                await Task.Delay(delay.Value, cancellation).ConfigureAwait(false);
            }
        }

        /// <summary>One signed POST: the status and body (read up to the size limit), or the redirect's location.</summary>
        /// <exception cref="TimeoutException">No response headers within <see cref="AwsClientLimits.AttemptTimeout"/>.</exception>
        private async Task<(int Status, string Text, Uri? Location)> PostAsync(
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
                    attempt.CancelAfter(_limits.AttemptTimeout);
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
                        return (status, string.Empty, response.Headers.Location);
                    }

                    var text = await BoundedBody.ReadAsync(response.Content, _limits.MaxResponseBytes, iamAction, region, cancellation).ConfigureAwait(false);
                    return (status, text, null);
                }
            }
        }

        private string HostOf(AwsService service, string region) => EndpointOf(service, region).Authority;

        /// <summary>An endpoint as messages show it: scheme, host, port and path, never user information.</summary>
        private static string Display(Uri endpoint) => $"{endpoint.Scheme}://{endpoint.Authority}{endpoint.AbsolutePath}";

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null)
            {
                e = e.InnerException;
            }

            return e;
        }

        internal static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture);

        private static string Milliseconds(TimeSpan time) => ((long)time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

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
