using System;

namespace SpofAudit.Aws
{
    /// <summary>
    /// A live audit that could not be done. <see cref="Exception.Message"/> is one line for the user and never
    /// holds a credential; <see cref="ErrorId"/> is stable for scripts (the cmdlets' ErrorRecord id).
    /// </summary>
    public sealed class AwsAuditException : Exception
    {
        public AwsAuditException(AwsFailureKind kind, string errorId, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            ErrorId = errorId;
        }

        public AwsFailureKind Kind { get; }
        public string ErrorId { get; }
    }
}
