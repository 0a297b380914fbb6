using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// The HTTP handler under an AWS SDK service client, holding it to what the Query client guarantees: only read
    /// actions leave, no redirect is followed, the response headers come within <see cref="AwsClientLimits.AttemptTimeout"/>,
    /// the body is read up to <see cref="AwsClientLimits.MaxResponseBytes"/> as it streams in, and a success must be a
    /// well-formed <c>{Action}Response</c> document. A non-success answer goes back to <see cref="AwsCallRunner"/>
    /// unparsed (<see cref="AwsHttpAnswerException"/>), so retries and access denied are judged as for every other call.
    /// </summary>
    internal sealed class BoundedSdkHandler : DelegatingHandler
    {
        private readonly AwsService _service;
        private readonly string _region;
        private readonly AwsClientLimits _limits;

        public BoundedSdkHandler(AwsService service, string region, AwsClientLimits limits)
            : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            _service = service;
            _region = region;
            _limits = limits;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var action = await ActionOf(request).ConfigureAwait(false);
            if (!AwsCallRunner.IsReadOnly(action))
            {
                throw new InvalidOperationException($"SpofAudit only reads: {action} is not a Describe, List or Get action.");
            }

            var iamAction = _service.IamAction(action);
            HttpResponseMessage response;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(_limits.AttemptTimeout);
                try
                {
                    response = await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException();
                }
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status >= 300 && status < 400)
                {
                    throw new AwsHttpAnswerException(new HttpAnswer(status, string.Empty, response.Headers.Location));
                }

                var text = await BoundedBody.ReadAsync(response.Content, _limits.MaxResponseBytes, iamAction, _region, cancellationToken).ConfigureAwait(false);
                if (status < 200 || status >= 300)
                {
                    throw new AwsHttpAnswerException(new HttpAnswer(status, text, null));
                }

                QueryDocument.Check(text, action, iamAction, _region);
                return Buffered(response, request, text);
            }
        }

        /// <summary>The Query form's Action, which the SDK wrote into the body.</summary>
        private static async Task<string> ActionOf(HttpRequestMessage request)
        {
            var body = request.Content == null ? string.Empty : await request.Content.ReadAsStringAsync().ConfigureAwait(false);
            var action = body.Split('&')
                .Select(p => p.Split(new[] { '=' }, 2))
                .Where(p => p.Length == 2 && p[0] == "Action")
                .Select(p => Uri.UnescapeDataString(p[1]))
                .FirstOrDefault();
            return action ?? "(no action)";
        }

        /// <summary>The answer as read, its headers kept, for the SDK to unmarshal.</summary>
        private static HttpResponseMessage Buffered(HttpResponseMessage response, HttpRequestMessage request, string text)
        {
            var copy = new HttpResponseMessage(response.StatusCode)
            {
                Content = new ByteArrayContent(Encoding.UTF8.GetBytes(text)),
                ReasonPhrase = response.ReasonPhrase,
                RequestMessage = request,
                Version = response.Version,
            };
            foreach (var header in response.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            foreach (var header in response.Content.Headers.Where(h => !string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)))
            {
                copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            copy.Headers.TransferEncodingChunked = false;
            return copy;
        }
    }
}
