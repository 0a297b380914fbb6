using System;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws
{
    /// <summary>
    /// A live AWS audit that could not be done: the core's <see cref="SourceFailureException"/>, so faces catch
    /// that and never this provider type. The message never holds a credential.
    /// </summary>
    public sealed class AwsAuditException : SourceFailureException
    {
        public AwsAuditException(SourceFailureKind kind, string errorId, string message, Exception? inner = null)
            : base(kind, errorId, message, inner)
        {
        }
    }
}
