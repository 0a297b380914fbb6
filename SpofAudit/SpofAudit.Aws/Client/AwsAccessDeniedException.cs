namespace SpofAudit.Aws.Client
{
    /// <summary>The caller may not make this call here (access denied, or the region is not enabled).</summary>
    public sealed class AwsAccessDeniedException : AwsRequestException
    {
        public AwsAccessDeniedException(string iamAction, string region, string code, string message)
            : base(iamAction, region, code, message)
        {
        }
    }
}
