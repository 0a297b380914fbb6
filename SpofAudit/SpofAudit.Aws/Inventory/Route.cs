namespace SpofAudit.Aws.Inventory
{
    /// <summary>One route of a route table; at most one of the target ids is set for a usual route.</summary>
    public sealed record Route(string? DestinationCidrBlock, string? NatGatewayId, string? GatewayId, string? InstanceId)
    {
        /// <summary>The IPv4 default route, the one outbound Internet traffic takes.</summary>
        public bool IsDefault => DestinationCidrBlock == "0.0.0.0/0";
    }
}
