namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// One route of a route table; at most one of the target ids is set for a usual route. <see cref="State"/>
    /// is <c>active</c> or <c>blackhole</c> (the target is gone: a deleted NAT gateway, a terminated NAT
    /// instance, a detached gateway; AWS EC2 API reference, Route).
    /// </summary>
    public sealed record Route(string? DestinationCidrBlock, string? NatGatewayId, string? GatewayId, string? InstanceId, string State = "active")
    {
        /// <summary>The IPv4 default route, the one outbound Internet traffic takes.</summary>
        public bool IsDefault => DestinationCidrBlock == "0.0.0.0/0";

        public bool IsBlackhole => State == "blackhole";
    }
}
