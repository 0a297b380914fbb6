using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SpofAudit.Azure.Tests
{
    /// <summary>A credential that hands out a fixed, recognisable token, so tests can prove it never leaks into output.</summary>
    internal sealed class FakeCredential : TokenCredential
    {
        public const string Token = "eyFAKE-bearer-token-must-never-be-printed";

        public int Calls { get; private set; }

        public string? LastScope { get; private set; }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Calls++;
            LastScope = string.Join(" ", requestContext.Scopes);
            return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new ValueTask<AccessToken>(GetToken(requestContext, cancellationToken));
    }
}
