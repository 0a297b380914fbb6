namespace SpofAudit.Aws.Inventory
{
    /// <summary>An EC2 instance as DescribeInstances reports it (only what the mapping needs).</summary>
    public sealed record Ec2Instance(
        string Region,
        string InstanceId,
        string State,
        string? Zone,
        string? SubnetId,
        string? VpcId,
        string? PrivateIpAddress,
        AwsTags Tags);
}
