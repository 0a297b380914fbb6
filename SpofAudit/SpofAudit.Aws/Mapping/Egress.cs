namespace SpofAudit.Aws.Mapping
{
    /// <summary>How a subnet reaches the Internet, as its route table's default route (0.0.0.0/0) says.</summary>
    internal enum EgressKind
    {
        /// <summary>No default route, an unknown subnet, or a target that is no NAT (an Internet gateway, a transit gateway).</summary>
        Direct,

        /// <summary>Through a NAT gateway (<see cref="Egress.TargetId"/>).</summary>
        NatGateway,

        /// <summary>Through a NAT instance, an EC2 instance the route names (<see cref="Egress.TargetId"/>).</summary>
        NatInstance,

        /// <summary>The route is a blackhole, or its NAT gateway is not available: the subnet has no outbound access.</summary>
        None,
    }

    /// <summary>A subnet's way out, the route table that decides it, and why there is none when there is none.</summary>
    internal readonly struct Egress
    {
        public Egress(EgressKind kind, string? targetId, string? routeTableId, string? reason = null)
        {
            Kind = kind;
            TargetId = targetId;
            RouteTableId = routeTableId;
            Reason = reason;
        }

        public EgressKind Kind { get; }
        public string? TargetId { get; }
        public string? RouteTableId { get; }
        public string? Reason { get; }

        public static Egress Direct => new Egress(EgressKind.Direct, null, null);
    }
}
