using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace SpofAudit.Aws.Tests
{
    /// <summary>One request the fake AWS endpoint received, with its SigV4 credential scope taken apart.</summary>
    internal sealed class ReceivedRequest
    {
        private static readonly Regex Scope = new Regex(
            @"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, SignedHeaders=(?<signed>[^,]+), Signature=(?<signature>[0-9a-f]{64})$");

        public ReceivedRequest(string method, string path, IReadOnlyDictionary<string, string> headers, string body, IReadOnlyDictionary<string, string> form)
        {
            Method = method;
            Path = path;
            Headers = headers;
            Body = body;
            Form = form;
            var match = Scope.Match(headers.TryGetValue("authorization", out var authorization) ? authorization : string.Empty);
            IsSigV4 = match.Success;
            AccessKey = match.Groups["key"].Value;
            ScopeDate = match.Groups["date"].Value;
            Region = match.Groups["region"].Value;
            Service = match.Groups["service"].Value;
            SignedHeaders = match.Groups["signed"].Value;
            Signature = match.Groups["signature"].Value;
        }

        public string Method { get; }
        public string Path { get; }

        /// <summary>Header names in lower case.</summary>
        public IReadOnlyDictionary<string, string> Headers { get; }

        public string Body { get; }
        public IReadOnlyDictionary<string, string> Form { get; }
        public bool IsSigV4 { get; }
        public string AccessKey { get; }
        public string ScopeDate { get; }
        public string Region { get; }
        public string Service { get; }
        public string SignedHeaders { get; }
        public string Signature { get; }

        public string Action => Form.TryGetValue("Action", out var action) ? action : string.Empty;

        public string? Param(string name) => Form.TryGetValue(name, out var value) ? value : null;

        public override string ToString() => $"{Service} {Action} {Region}";
    }
}
