using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Parsing;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// What every AWS call obeys, whichever client sends it (<see cref="AwsQueryClient"/> or an AWS SDK service client):
    /// read-only actions, the endpoint (the override for every service), the pages and the time of a call
    /// (<see cref="AwsClientLimits"/>), retries by <see cref="RetryPolicy"/>, AWS error codes judged by
    /// <see cref="AwsErrorCodes"/>, redirects refused, and the debug, verbose and progress lines of each exchange.
    /// </summary>
    internal sealed class AwsCallRunner
    {
        private static readonly string[] ReadOnlyPrefixes = { "Describe", "List", "Get" };

        private readonly Uri? _endpointOverride;
        private readonly RetryPolicy _retry;

        public AwsCallRunner(Uri? endpointOverride, RetryPolicy retry, AwsClientLimits limits, ISpofHost host)
        {
            _endpointOverride = endpointOverride;
            _retry = retry;
            Limits = limits;
            Host = host;
        }

        public AwsClientLimits Limits { get; }

        public ISpofHost Host { get; }

        public static bool IsReadOnly(string action) => ReadOnlyPrefixes.Any(p => action.StartsWith(p, StringComparison.Ordinal));

        /// <summary>The endpoint of a service in a region, or the override (AWS_ENDPOINT_URL or a parameter) for every service.</summary>
        public Uri EndpointOf(AwsService service, string region) =>
            _endpointOverride ?? new Uri($"https://{service.EndpointPrefix}.{region}.{(region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com")}/");

        /// <summary>
        /// Every page of a call: <paramref name="sendPage"/> gets the previous page's token (null first) and the page
        /// number, and <paramref name="nextToken"/> reads a page's token (null or empty on the last page).
        /// </summary>
        /// <exception cref="AwsLimitExceededException">More pages, more time or a larger page than <see cref="AwsClientLimits"/> allow.</exception>
        public Task<IReadOnlyList<TPage>> AllPagesAsync<TPage>(
            AwsService service, string region, string action, Func<string?, int, CancellationToken, Task<TPage>> sendPage, Func<TPage, string?> nextToken, CancellationToken cancellation)
        {
            var pages = new List<TPage>();
            return WithinCallBudgetAsync(service, region, action, () => pages.Count, cancellation, async budget =>
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                string? token = null;
                do
                {
                    if (pages.Count >= Limits.MaxPagesPerCall)
                    {
                        throw new AwsLimitExceededException(
                            service.IamAction(action), region, $"stopped after {pages.Count} pages, the most one call may return (the service kept sending new page tokens)");
                    }

                    var page = await sendPage(token, pages.Count + 1, budget).ConfigureAwait(false);
                    pages.Add(page);
                    token = nextToken(page);
                    if (string.IsNullOrEmpty(token))
                    {
                        return (IReadOnlyList<TPage>)pages;
                    }

                    if (!seen.Add(token!))
                    {
                        throw new AwsResponseException($"{service.IamAction(action)} in {region}: the service returned the page token '{token}' again; stopping rather than looping");
                    }
                }
                while (true);
            });
        }

        /// <summary>Runs a call under <see cref="AwsClientLimits.CallBudget"/> and writes its debug summary line.</summary>
        public async Task<T> WithinCallBudgetAsync<T>(
            AwsService service, string region, string action, Func<int> pagesRead, CancellationToken cancellation, Func<CancellationToken, Task<T>> call)
        {
            if (!IsReadOnly(action))
            {
                throw new InvalidOperationException($"SpofAudit only reads: {action} is not a Describe, List or Get action.");
            }

            var clock = Stopwatch.StartNew();
            using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                budget.CancelAfter(Limits.CallBudget);
                try
                {
                    var result = await call(budget.Token).ConfigureAwait(false);
                    var pages = pagesRead();
                    Host.WriteDebug($"AWS {service} {action} in {region} at {EndpointOf(service, region).Authority}: {pages} page{(pages == 1 ? string.Empty : "s")} in {Milliseconds(clock.Elapsed)} ms");
                    return result;
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested && budget.IsCancellationRequested)
                {
                    throw new AwsLimitExceededException(
                        service.IamAction(action), region, $"stopped after {pagesRead()} pages and {Seconds(clock.Elapsed)} s, the longest one call may take ({Seconds(Limits.CallBudget)} s)");
                }
            }
        }

        /// <summary>
        /// One page, retried within <see cref="RetryPolicy"/>: <paramref name="attempt"/> sends it once and returns what
        /// the endpoint answered (it throws <see cref="HttpRequestException"/>, <see cref="IOException"/> or
        /// <see cref="TimeoutException"/> when there is no answer); <paramref name="read"/> turns a success into the page.
        /// </summary>
        public async Task<T> WithRetriesAsync<T>(
            AwsService service, string region, string action, int page, Func<CancellationToken, Task<HttpAnswer>> attempt, Func<HttpAnswer, T> read, CancellationToken cancellation)
        {
            var iamAction = service.IamAction(action);
            var endpoint = EndpointOf(service, region);
            var clock = Stopwatch.StartNew();
            for (var number = 1; ; number++)
            {
                cancellation.ThrowIfCancellationRequested();
                string? failure;
                string? code = null;
                var noAnswer = false;
                var exchange = Stopwatch.StartNew();
                var said = $"AWS {service} {action} in {region} at {endpoint.Authority}: page {page}, attempt {number}:";
                try
                {
                    var answer = await attempt(cancellation).ConfigureAwait(false);
                    var status = answer.Status;
                    Host.WriteDebug($"{said} HTTP {status} in {Milliseconds(exchange.Elapsed)} ms");
                    if (answer.IsSuccess)
                    {
                        return read(answer);
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
                    (code, message) = QueryDocument.ErrorOf(answer.Text, status);
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
                    Host.WriteDebug($"{said} {failure} after {Milliseconds(exchange.Elapsed)} ms");
                }
                catch (IOException e)
                {
                    noAnswer = true;
                    failure = $"the answer from {Display(endpoint)} broke off ({e.Message.TrimEnd('.')})";
                    Host.WriteDebug($"{said} {failure} after {Milliseconds(exchange.Elapsed)} ms");
                }
                catch (TimeoutException)
                {
                    noAnswer = true;
                    failure = $"no answer within {Seconds(Limits.AttemptTimeout)} s from {Display(endpoint)}";
                    Host.WriteDebug($"{said} {failure}");
                }

                var delay = _retry.NextDelay(number, clock.Elapsed, noAnswer);
                if (delay == null)
                {
                    var hint = noAnswer
                        ? $" Check the endpoint ({Display(endpoint)}: the region name, -EndpointUrl / --endpoint-url / {AwsAudit.EndpointVariable}), the network path to it and any proxy (HTTPS_PROXY)."
                        : string.Empty;
                    throw new AwsRequestException(iamAction, region, code, $"{iamAction} in {region} still failed after {number} attempts in {Seconds(clock.Elapsed)} s: {failure}.{hint}");
                }

                var maxAttempts = noAnswer ? _retry.MaxTransportAttempts : _retry.MaxAttempts;
                Host.WriteVerbose($"Retrying {service} {action} in {region} after {failure} (attempt {number + 1} of at most {maxAttempts}, in {Seconds(delay.Value)} s).");
                Host.WriteProgress(AwsInventoryReader.ProgressActivity, $"{region}: retrying {service} {action} (attempt {number + 1} of at most {maxAttempts})", -1);
                await Task.Delay(delay.Value, cancellation).ConfigureAwait(false);
            }
        }

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
    }
}
