namespace SpofAudit.Aws.Client
{
    /// <summary>A call stopped at one of the <see cref="AwsClientLimits"/> (pages, time, response size): the call is unread.</summary>
    public sealed class AwsLimitExceededException : AwsRequestException
    {
        public AwsLimitExceededException(string iamAction, string region, string reason)
            : base(iamAction, region, "LimitExceeded", $"{iamAction} in {region}: {reason}")
        {
            Reason = reason;
        }

        /// <summary>Which limit stopped the call and how far it got.</summary>
        public string Reason { get; }
    }
}
