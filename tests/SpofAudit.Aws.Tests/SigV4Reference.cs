using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// An independent Signature Version 4 implementation, written from the AWS General Reference's steps (canonical
    /// request, string to sign, derived signing key), used as the oracle for what the client sends.
    /// </summary>
    internal static class SigV4Reference
    {
        public static string ExpectedSignature(ReceivedRequest request, string secretKey)
        {
            var signed = request.SignedHeaders.Split(';');
            var canonical = string.Join("\n",
                request.Method,
                request.Path,
                string.Empty,
                string.Concat(signed.Select(h => h + ":" + request.Headers[h].Trim() + "\n")),
                request.SignedHeaders,
                Hex(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body))));
            var amzDate = request.Headers["x-amz-date"];
            var scope = $"{request.ScopeDate}/{request.Region}/{request.Service}/aws4_request";
            var stringToSign = string.Join("\n", "AWS4-HMAC-SHA256", amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
            var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretKey), request.ScopeDate);
            key = Hmac(key, request.Region);
            key = Hmac(key, request.Service);
            key = Hmac(key, "aws4_request");
            return Hex(Hmac(key, stringToSign));
        }

        private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
