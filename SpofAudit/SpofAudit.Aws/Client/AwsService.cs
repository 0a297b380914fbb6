namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// An AWS Query API service: its signing name (the service in the SigV4 credential scope and the IAM action
    /// prefix), its endpoint prefix, its API version, and the parameter/field names of its pagination.
    /// </summary>
    internal sealed class AwsService
    {
        private AwsService(string signingName, string endpointPrefix, string apiVersion, string requestToken, string responseToken)
        {
            SigningName = signingName;
            EndpointPrefix = endpointPrefix;
            ApiVersion = apiVersion;
            RequestToken = requestToken;
            ResponseToken = responseToken;
        }

        public static AwsService Ec2 { get; } = new AwsService("ec2", "ec2", "2016-11-15", "NextToken", "nextToken");
        public static AwsService ElasticLoadBalancing { get; } = new AwsService("elasticloadbalancing", "elasticloadbalancing", "2015-12-01", "Marker", "NextMarker");
        public static AwsService AutoScaling { get; } = new AwsService("autoscaling", "autoscaling", "2011-01-01", "NextToken", "NextToken");
        public static AwsService Rds { get; } = new AwsService("rds", "rds", "2014-10-31", "Marker", "Marker");
        public static AwsService ElastiCache { get; } = new AwsService("elasticache", "elasticache", "2015-02-02", "Marker", "Marker");
        public static AwsService Sts { get; } = new AwsService("sts", "sts", "2011-06-15", "NextToken", "NextToken");

        public string SigningName { get; }
        public string EndpointPrefix { get; }
        public string ApiVersion { get; }

        /// <summary>The request parameter that asks for the next page.</summary>
        public string RequestToken { get; }

        /// <summary>The response field that holds the next page's token (absent on the last page).</summary>
        public string ResponseToken { get; }

        /// <summary>The IAM action that allows <paramref name="action"/>, as a policy names it.</summary>
        public string IamAction(string action) => SigningName + ":" + action;

        public override string ToString() => SigningName;
    }
}
