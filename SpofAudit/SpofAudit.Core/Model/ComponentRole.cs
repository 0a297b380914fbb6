namespace SpofAudit.Model
{
    /// <summary>
    /// What a component does, so advice can be specific. A source sets it when it knows (a cloud resource type, or
    /// <c>role:</c> in YAML); otherwise it is read from the free-text <c>kind</c> (<see cref="ComponentRoles"/>).
    /// The YAML words are in docs/yaml-format.md.
    /// </summary>
    public enum ComponentRole
    {
        /// <summary>Anything else: a stateless service, scaled out behind a load balancer.</summary>
        Service,
        Database,
        LoadBalancer,
        Dns,
        Cache,
        Queue,
        Storage,
        Network,

        /// <summary>A NAT gateway: the network path out of private subnets, often shared by every zone.</summary>
        NatGateway,

        /// <summary>A consensus store (etcd, ZooKeeper, Consul...): a quorum group even without <c>quorum: majority</c>.</summary>
        ConsensusStore,
    }
}
