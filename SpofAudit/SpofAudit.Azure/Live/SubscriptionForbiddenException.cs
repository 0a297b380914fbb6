using System;

namespace SpofAudit.Azure.Live
{
    /// <summary>Resource Graph answered 403 for a batch of subscriptions: at least one of them is not readable.</summary>
    internal sealed class SubscriptionForbiddenException : Exception
    {
        public SubscriptionForbiddenException(string message)
            : base(message)
        {
        }
    }
}
