using System;

namespace SpofAudit.Aws.Client
{
    /// <summary>An AWS call that failed for good: not retryable, or retries exhausted within their time bound.</summary>
    public class AwsRequestException : Exception
    {
        public AwsRequestException(string iamAction, string region, string? code, string message)
            : base(message)
        {
            IamAction = iamAction;
            Region = region;
            Code = code;
        }

        /// <summary>The IAM action of the failed call, e.g. <c>ec2:DescribeInstances</c>.</summary>
        public string IamAction { get; }

        public string Region { get; }

        /// <summary>The AWS error code (<c>Throttling</c>, <c>InvalidClientTokenId</c>...), or null for a transport failure.</summary>
        public string? Code { get; }
    }
}
