using System;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// A non-success answer (an error document, a redirect) carried out of an AWS SDK call unparsed, so that
    /// <see cref="AwsCallRunner"/> judges it (retry, access denied, redirect refused) as it judges a Query answer.
    /// </summary>
    internal sealed class AwsHttpAnswerException : Exception
    {
        public AwsHttpAnswerException(HttpAnswer answer)
            : base($"HTTP {answer.Status}")
        {
            Answer = answer;
        }

        public HttpAnswer Answer { get; }
    }
}
