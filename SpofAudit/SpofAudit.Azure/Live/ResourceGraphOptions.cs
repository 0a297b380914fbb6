using global::Azure.Core;

namespace SpofAudit.Azure.Live
{
    /// <summary>The pipeline's options: retries, and no logging of requests (they carry a bearer token).</summary>
    internal sealed class ResourceGraphOptions : ClientOptions
    {
    }
}
