using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;
using SpofAudit.Diagnostics;

namespace SpofAudit.Azure.Live
{
    /// <summary>
    /// Talks to Azure Resource Manager through Azure.Core's HTTP pipeline: the bearer token policy signs each
    /// request with the credential's token for the cloud's audience, and the retry policy retries throttling
    /// (429, honouring Retry-After) and server errors with exponential back-off. Calls are synchronous so that
    /// every host callback (a device-code prompt, a warning) runs on the caller's thread.
    /// </summary>
    internal sealed class ResourceGraphClient
    {
        public const string ResourceGraphApiVersion = "2022-10-01";
        public const string SubscriptionsApiVersion = "2022-12-01";

        private readonly HttpPipeline _pipeline;
        private readonly Uri _endpoint;

        public ResourceGraphClient(Uri endpoint, string audience, TokenCredential credential, HttpPipelineTransport? transport, TimeSpan retryDelay)
        {
            _endpoint = endpoint;
            var options = new ResourceGraphOptions();
            options.Retry.Mode = RetryMode.Exponential;
            options.Retry.MaxRetries = 6;
            options.Retry.Delay = retryDelay;
            options.Retry.MaxDelay = TimeSpan.FromSeconds(60);
            options.Retry.NetworkTimeout = TimeSpan.FromSeconds(100);
            options.Diagnostics.IsLoggingEnabled = false;
            options.Diagnostics.IsDistributedTracingEnabled = false;
            options.Diagnostics.ApplicationId = "SpofAudit";
            if (transport != null)
            {
                options.Transport = transport;
            }

            _pipeline = HttpPipelineBuilder.Build(options, new BearerTokenAuthenticationPolicy(credential, ScopeOf(audience)));
        }

        /// <summary>The token scope of a cloud's Resource Manager audience.</summary>
        public static string ScopeOf(string audience) => audience.TrimEnd('/') + "/.default";

        /// <summary>Every subscription the identity can see (GET /subscriptions, following nextLink).</summary>
        public IReadOnlyList<AzureSubscription> ListSubscriptions(CancellationToken cancellation)
        {
            var subscriptions = new List<AzureSubscription>();
            var next = new Uri(_endpoint, $"subscriptions?api-version={SubscriptionsApiVersion}");
            while (next != null)
            {
                var message = _pipeline.CreateMessage();
                message.Request.Method = RequestMethod.Get;
                message.Request.Uri.Reset(next);
                var body = Send(message, "listing subscriptions", cancellation);
                using var document = Parse(body, "the subscription list");
                foreach (var item in Array(document.RootElement, "value"))
                {
                    var id = Text(item, "subscriptionId");
                    if (id != null)
                    {
                        subscriptions.Add(new AzureSubscription(id, Text(item, "displayName") ?? id, Text(item, "state") ?? "Enabled"));
                    }
                }

                var link = Text(document.RootElement, "nextLink");
                next = string.IsNullOrEmpty(link) ? null : new Uri(link);
            }

            return subscriptions;
        }

        /// <summary>
        /// Runs a Resource Graph query over the subscriptions, page by page ($top rows, then $skipToken), handing
        /// each page's response body to <paramref name="onPage"/>. A 403 throws <see cref="SubscriptionForbiddenException"/>.
        /// </summary>
        public void Query(string query, IReadOnlyList<string> subscriptionIds, int pageSize, Action<ReadOnlyMemory<byte>, int> onPage, CancellationToken cancellation)
        {
            string? skipToken = null;
            var page = 0;
            do
            {
                var message = _pipeline.CreateMessage();
                message.Request.Method = RequestMethod.Post;
                message.Request.Uri.Reset(new Uri(_endpoint, $"providers/Microsoft.ResourceGraph/resources?api-version={ResourceGraphApiVersion}"));
                message.Request.Headers.Add("Content-Type", "application/json");
                message.Request.Content = RequestContent.Create(QueryBody(query, subscriptionIds, pageSize, skipToken));
                var body = Send(message, "querying Resource Graph", cancellation);
                page++;
                using (var document = Parse(body, $"a Resource Graph page ({page})"))
                {
                    skipToken = Text(document.RootElement, "$skipToken");
                }

                onPage(body, page);
            }
            while (!string.IsNullOrEmpty(skipToken));
        }

        private static byte[] QueryBody(string query, IReadOnlyList<string> subscriptionIds, int pageSize, string? skipToken)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("subscriptions");
                foreach (var id in subscriptionIds)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteString("query", query);
                writer.WriteStartObject("options");
                writer.WriteNumber("$top", pageSize);
                if (skipToken != null)
                {
                    writer.WriteString("$skipToken", skipToken);
                }

                writer.WriteString("resultFormat", "objectArray");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            return buffer.ToArray();
        }

        private ReadOnlyMemory<byte> Send(HttpMessage message, string doing, CancellationToken cancellation)
        {
            using (message)
            {
                _pipeline.Send(message, cancellation);
                var response = message.Response;
                var body = response.Content.ToMemory();
                if (response.Status >= 200 && response.Status < 300)
                {
                    return body;
                }

                var detail = ErrorDetail(body);
                if (response.Status == 403)
                {
                    throw new SubscriptionForbiddenException(detail);
                }

                var hint = response.Status == 401
                    ? "sign in again, or check -TenantId"
                    : response.Status == 429 || response.Status >= 500 ? "Azure kept refusing after retries; try again later" : null;
                throw AzureErrors.Fail(
                    AzureDiagnosticCodes.AzureRequestFailed,
                    response.Status == 401 ? DiagnosticCategory.InvalidArgument : DiagnosticCategory.ReadError,
                    $"{doing} failed: HTTP {response.Status}{(detail.Length > 0 ? ": " + detail : string.Empty)}",
                    hint);
            }
        }

        /// <summary>ARM's error body, <c>{"error": {"code", "message"}}</c>, as "code: message"; never headers.</summary>
        private static string ErrorDetail(ReadOnlyMemory<byte> body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var error = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var e) ? e : default;
                if (error.ValueKind == JsonValueKind.Object)
                {
                    var code = Text(error, "code");
                    var message = Text(error, "message");
                    return code != null && message != null ? $"{code}: {message}" : code ?? message ?? string.Empty;
                }
            }
            catch (JsonException)
            {
                // An error page that is not JSON says nothing more useful than its status code.
            }

            return string.Empty;
        }

        private static JsonDocument Parse(ReadOnlyMemory<byte> body, string what)
        {
            try
            {
                return JsonDocument.Parse(body);
            }
            catch (JsonException e)
            {
                throw AzureErrors.Fail(
                    AzureDiagnosticCodes.InvalidJson,
                    DiagnosticCategory.InvalidData,
                    $"Azure returned {what} that is not valid JSON (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})",
                    "try again; if it persists, a proxy may be rewriting responses");
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        private static IEnumerable<JsonElement> Array(JsonElement element, string name)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    yield return item;
                }
            }
        }
    }
}
