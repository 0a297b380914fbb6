namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// The ARN of a resource the inventory names by id, so a finding can point at it in the console. Without a known
    /// account no ARN can be built and the plain id (i-..., nat-..., the DB identifier) is used instead.
    /// </summary>
    internal static class AwsArns
    {
        public static string Ec2Instance(string? account, string region, string id) => Build(account, region, "ec2", "instance/" + id, id);

        public static string NatGateway(string? account, string region, string id) => Build(account, region, "ec2", "natgateway/" + id, id);

        public static string DbInstance(string? account, string region, string id) => Build(account, region, "rds", "db:" + id, id);

        public static string DbCluster(string? account, string region, string id) => Build(account, region, "rds", "cluster:" + id, id);

        public static string CacheReplicationGroup(string? account, string region, string id) =>
            Build(account, region, "elasticache", "replicationgroup:" + id, id);

        public static string CacheCluster(string? account, string region, string id) => Build(account, region, "elasticache", "cluster:" + id, id);

        // Classic Load Balancers' ARN form: elasticloadbalancing:region:account:loadbalancer/name.
        public static string ClassicLoadBalancer(string? account, string region, string name) =>
            Build(account, region, "elasticloadbalancing", "loadbalancer/" + name, name);

        private static string Build(string? account, string region, string service, string resource, string id) =>
            account == null || region.Length == 0 ? id : $"arn:{Partition(region)}:{service}:{region}:{account}:{resource}";

        /// <summary>China and GovCloud regions live in partitions of their own.</summary>
        private static string Partition(string region) =>
            region.StartsWith("cn-", System.StringComparison.Ordinal) ? "aws-cn"
            : region.StartsWith("us-gov-", System.StringComparison.Ordinal) ? "aws-us-gov"
            : "aws";
    }
}
