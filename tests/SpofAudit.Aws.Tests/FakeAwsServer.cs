using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// A local AWS Query endpoint on 127.0.0.1: serves the recorded three-tier account (Recorded/service.Action[.token].xml)
    /// and records every request; a test may script other answers (throttling, AccessDenied, malformed XML, delays).
    /// </summary>
    internal sealed class FakeAwsServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _loop;

        public FakeAwsServer()
        {
            var port = FreePort();
            Endpoint = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Endpoint.ToString());
            _listener.Start();
            _loop = Task.Run(Serve);
        }

        public Uri Endpoint { get; }

        public ConcurrentQueue<ReceivedRequest> Requests { get; } = new ConcurrentQueue<ReceivedRequest>();

        /// <summary>Answers a request differently from the recording; null falls back to the recording.</summary>
        public Func<ReceivedRequest, Task<(int Status, string Body)?>>? Script { get; set; }

        /// <summary>
        /// Writes the whole response itself (redirects, endless bodies, silence); returns false to leave the request to
        /// <see cref="Script"/> and the recording.
        /// </summary>
        public Func<ReceivedRequest, HttpListenerResponse, Task<bool>>? RawScript { get; set; }

        public static string RecordedDirectory => Path.Combine(AppContext.BaseDirectory, "Recorded");

        public static (int Status, string Body) QueryError(int status, string code, string message) =>
            (status, $"<ErrorResponse xmlns=\"http://webservices.amazon.com/AWSFault/2005-15-09\"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error><RequestId>0c6e9a6c-example</RequestId></ErrorResponse>");

        public static (int Status, string Body) Ec2Error(int status, string code, string message) =>
            (status, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors><RequestID>ea966190-example</RequestID></Response>");

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
            }
        }

        private async Task Serve()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (HttpListenerException)
                {
                    return;
                }

                _ = Task.Run(() => Handle(context));
            }
        }

        private async Task Handle(HttpListenerContext context)
        {
            try
            {
                string body;
                using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                {
                    body = await reader.ReadToEndAsync().ConfigureAwait(false);
                }

                var headers = context.Request.Headers.AllKeys.Where(k => k != null)
                    .ToDictionary(k => k!.ToLowerInvariant(), k => context.Request.Headers[k]!, StringComparer.Ordinal);
                var form = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => p.Split('=', 2))
                    .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty, StringComparer.Ordinal);
                var request = new ReceivedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body, form);
                Requests.Enqueue(request);
                if (RawScript != null && await RawScript(request, context.Response).ConfigureAwait(false))
                {
                    return;
                }

                var answer = (Script == null ? null : await Script(request).ConfigureAwait(false)) ?? Recorded(request);
                var bytes = Encoding.UTF8.GetBytes(answer.Body);
                context.Response.StatusCode = answer.Status;
                context.Response.ContentType = "text/xml";
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
                context.Response.Close();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is HttpListenerException || e is IOException || e is ObjectDisposedException)
            {
                // The client went away (a cancelled request): nothing to answer.
            }
        }

        private static (int Status, string Body) Recorded(ReceivedRequest request)
        {
            var token = request.Param("NextToken") ?? request.Param("Marker");
            var name = $"{request.Service}.{request.Action}{(token == null ? string.Empty : "." + token)}.xml";
            var path = Path.Combine(RecordedDirectory, name);
            return File.Exists(path)
                ? (200, File.ReadAllText(path))
                : QueryError(400, "InvalidAction", $"no recording {name}");
        }

        /// <summary>A loopback port nothing listens on now (the system picks it, the probe gives it back).</summary>
        internal static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
