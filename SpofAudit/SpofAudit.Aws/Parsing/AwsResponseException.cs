using System;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>A response or export that does not have the documented shape (malformed XML or JSON, a missing field).</summary>
    public sealed class AwsResponseException : Exception
    {
        public AwsResponseException(string message)
            : base(message)
        {
        }

        public AwsResponseException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
