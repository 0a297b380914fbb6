using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Signs a Query API POST with Signature Version 4, using AWSSDK.Core's <see cref="AWS4Signer"/> for the
    /// date headers, the payload hash and the signature itself; this class only writes the canonical request of
    /// the one request shape the client sends (POST /, form body, no query string).
    /// </summary>
    internal static class QuerySigner
    {
        public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

        /// <summary>The headers to send: Host, X-Amz-Date, X-Amz-Security-Token when the credentials have one, Authorization.</summary>
        public static IDictionary<string, string> Sign(
            Uri endpoint, string region, string service, byte[] body, ImmutableCredentials credentials, DateTime now)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Content-Type"] = ContentType,
            };
            var signedAt = AWS4Signer.InitializeHeaders(headers, endpoint, now);
            if (credentials.UseToken)
            {
                headers["X-Amz-Security-Token"] = credentials.Token;
            }

            var sorted = headers.OrderBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal).ToArray();
            var signedHeaders = string.Join(";", sorted.Select(h => h.Key.ToLowerInvariant()));
            var canonical = new StringBuilder()
                .Append("POST\n")
                .Append(CanonicalPath(endpoint)).Append('\n')
                .Append('\n') // no query string
                .Append(string.Concat(sorted.Select(h => h.Key.ToLowerInvariant() + ":" + h.Value.Trim() + "\n")))
                .Append('\n')
                .Append(signedHeaders).Append('\n')
                .Append(ToHex(AWS4Signer.ComputeHash(body)))
                .ToString();
            var result = AWS4Signer.ComputeSignature(credentials, region, signedAt, service, signedHeaders, canonical);
            headers["Authorization"] = result.ForAuthorizationHeader;
            return headers;
        }

        private static string CanonicalPath(Uri endpoint) =>
            string.IsNullOrEmpty(endpoint.AbsolutePath) ? "/" : endpoint.AbsolutePath;

        private static string ToHex(byte[] bytes)
        {
            var text = new StringBuilder(bytes.Length * 2);
            foreach (var b in bytes)
            {
                text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }
    }
}
