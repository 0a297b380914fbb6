namespace SpofAudit.Aws.Inventory
{
    /// <summary>A NAT gateway (DescribeNatGateways): a zonal resource living in one subnet.</summary>
    public sealed record NatGateway(string Region, string NatGatewayId, string SubnetId, string State, AwsTags Tags);
}
