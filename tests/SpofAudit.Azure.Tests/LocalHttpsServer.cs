using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpofAudit.Azure.Tests
{
    /// <summary>One request as the local server saw it.</summary>
    internal sealed record ServedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>What the local server answers.</summary>
    internal sealed record ServedResponse(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default);

    /// <summary>
    /// An HTTPS/1.1 server on 127.0.0.1 with a self-signed certificate generated per test run: Azure.Core refuses
    /// to send bearer tokens over plain HTTP, so the client is tested over real TLS, trusting only this certificate.
    /// </summary>
    internal sealed class LocalHttpsServer : IDisposable
    {
        private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly Func<ServedRequest, ServedResponse> _handler;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        public LocalHttpsServer(Func<ServedRequest, ServedResponse> handler)
        {
            _handler = handler;
            Certificate = CreateCertificate();
            _listener.Start();
            Endpoint = new Uri($"https://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _ = Task.Run(AcceptLoop);
        }

        public Uri Endpoint { get; }

        public X509Certificate2 Certificate { get; }

        public ConcurrentQueue<ServedRequest> Requests { get; } = new ConcurrentQueue<ServedRequest>();

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            Certificate.Dispose();
        }

        private static X509Certificate2 CreateCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            // Re-import so the private key is usable by SslStream on every platform.
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            using (var tls = new SslStream(client.GetStream()))
            {
                try
                {
                    await tls.AuthenticateAsServerAsync(Certificate);
                    while (!_stop.IsCancellationRequested)
                    {
                        var request = await ReadRequest(tls);
                        if (request == null)
                        {
                            return;
                        }

                        Requests.Enqueue(request);
                        var response = _handler(request);
                        if (response.Delay > TimeSpan.Zero)
                        {
                            await Task.Delay(response.Delay, _stop.Token);
                        }

                        await Write(tls, response);
                    }
                }
                catch (Exception e) when (e is IOException || e is System.Security.Authentication.AuthenticationException || e is OperationCanceledException || e is ObjectDisposedException)
                {
                    // The client went away (or cancelled): nothing to answer.
                }
            }
        }

        private static async Task<ServedRequest?> ReadRequest(Stream stream)
        {
            var head = new List<byte>();
            var one = new byte[1];
            while (head.Count < 4 || !(head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
            {
                if (await stream.ReadAsync(one) == 0)
                {
                    return null;
                }

                head.Add(one[0]);
            }

            var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var start = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines[1..])
            {
                var colon = line.IndexOf(':');
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }

            var body = Array.Empty<byte>();
            if (headers.TryGetValue("Content-Length", out var length) && int.Parse(length) > 0)
            {
                body = new byte[int.Parse(length)];
                await stream.ReadExactlyAsync(body);
            }

            return new ServedRequest(start[0], start[1], headers, Encoding.UTF8.GetString(body));
        }

        private static async Task Write(Stream stream, ServedResponse response)
        {
            var body = Encoding.UTF8.GetBytes(response.Body);
            var head = new StringBuilder();
            head.Append("HTTP/1.1 ").Append(response.Status).Append(' ').Append(Reason(response.Status)).Append("\r\n");
            head.Append("Content-Type: application/json; charset=utf-8\r\n");
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
            foreach (var header in response.Headers ?? new Dictionary<string, string>())
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }

            head.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
        }

        private static string Reason(int status) => status switch
        {
            200 => "OK",
            401 => "Unauthorized",
            403 => "Forbidden",
            429 => "Too Many Requests",
            500 => "Internal Server Error",
            503 => "Service Unavailable",
            _ => "Status",
        };
    }
}
