namespace SpofAudit.Aws.Inventory
{
    /// <summary>A VPC subnet (DescribeSubnets): which zone it lies in.</summary>
    public sealed record Subnet(string Region, string SubnetId, string VpcId, string Zone);
}
