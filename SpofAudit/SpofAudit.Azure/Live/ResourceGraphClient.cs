using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;
using global::Azure.ResourceManager;
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
        private readonly ArmClient _arm;

        public ResourceGraphClient(Uri endpoint, string audience, TokenCredential credential, HttpPipelineTransport? transport, TimeSpan retryDelay)
        {
            _endpoint = endpoint;
            _pipeline = HttpPipelineBuilder.Build(
                Configure(new ResourceGraphOptions(), transport, retryDelay),
                new BearerTokenAuthenticationPolicy(credential, ScopeOf(audience)));
            var armOptions = Configure(new ArmClientOptions(), transport, retryDelay);
            // ArmClient appends "/subscriptions" to the endpoint as written: under a path, a trailing '/' would double.
            armOptions.Environment = new ArmEnvironment(new Uri(endpoint.AbsoluteUri.TrimEnd('/')), audience);
            _arm = new ArmClient(credential, null, armOptions);
        }

        /// <summary>The token scope of a cloud's Resource Manager audience.</summary>
        public static string ScopeOf(string audience) => audience.TrimEnd('/') + "/.default";

        /// <summary>Every subscription the identity can see: ArmClient's subscription list, every page of it.</summary>
        public IReadOnlyList<AzureSubscription> ListSubscriptions(CancellationToken cancellation)
        {
            const string Doing = "listing subscriptions";
            try
            {
                return _arm.GetSubscriptions().GetAll(cancellation)
                    .Select(s => s.Data)
                    .Where(d => !string.IsNullOrEmpty(d.SubscriptionId))
                    .Select(d => new AzureSubscription(d.SubscriptionId, d.DisplayName ?? d.SubscriptionId, d.State?.ToString() ?? "Enabled"))
                    .ToArray();
            }
            catch (RequestFailedException e) when (e.Status != 0)
            {
                // Status 0 (no answer at all) is the caller's "cannot reach" error.
                throw Failure(Doing, e.Status, e.ErrorCode != null ? $"{e.ErrorCode}: {AzureErrors.FirstLine(e.Message)}" : string.Empty);
            }
            catch (Exception e) when (e is JsonException || e is InvalidOperationException || e is FormatException)
            {
                // The SDK's model reader meets a body that is not the documented subscription list.
                throw Malformed("the subscription list");
            }
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

                throw Failure(doing, response.Status, detail);
            }
        }

        /// <summary>An HTTP error Azure kept answering, as one line: what was being done, the status, ARM's code and message.</summary>
        private static SpofInputException Failure(string doing, int status, string detail)
        {
            var hint = status == 401
                ? "sign in again, or check -TenantId"
                : status == 429 || status >= 500 ? "Azure kept refusing after retries; try again later" : null;
            return AzureErrors.Fail(
                AzureDiagnosticCodes.AzureRequestFailed,
                status == 401 ? DiagnosticCategory.InvalidArgument : DiagnosticCategory.ReadError,
                $"{doing} failed: HTTP {status}{(detail.Length > 0 ? ": " + detail : string.Empty)}",
                hint);
        }

        private static SpofInputException Malformed(string what, string? where = null) =>
            AzureErrors.Fail(
                AzureDiagnosticCodes.InvalidJson,
                DiagnosticCategory.InvalidData,
                $"Azure returned {what} that is not valid JSON{where}",
                "try again; if it persists, a proxy may be rewriting responses");

        /// <summary>The settings both pipelines share: bounded exponential retries (429 honours Retry-After), no logging of requests.</summary>
        private static T Configure<T>(T options, HttpPipelineTransport? transport, TimeSpan retryDelay)
            where T : ClientOptions
        {
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

            return options;
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
                throw Malformed(what, $" (line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1})");
            }
        }

        private static string? Text(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}
