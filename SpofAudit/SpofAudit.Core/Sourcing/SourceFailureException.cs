using System;

namespace SpofAudit.Sourcing
{
    /// <summary>
    /// A live source that could not be read. <see cref="Exception.Message"/> is one line for the user and never
    /// holds a credential; <see cref="ErrorId"/> is stable for scripts (the cmdlets' ErrorRecord id) and
    /// <see cref="Kind"/> says which error category fits. Providers throw it (or a subclass); faces catch only it.
    /// </summary>
    public class SourceFailureException : Exception
    {
        public SourceFailureException(SourceFailureKind kind, string errorId, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            ErrorId = errorId;
        }

        public SourceFailureKind Kind { get; }

        public string ErrorId { get; }
    }
}
