using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Model
{
    /// <summary>
    /// The role vocabulary: the words of a free-text kind ("postgres", "alb", "redis"...) that give a
    /// <see cref="ComponentRole"/>, and the names YAML's <c>role:</c> accepts.
    /// </summary>
    public static class ComponentRoles
    {
        /// <summary>The values of YAML's <c>role:</c> key, as written there.</summary>
        public static readonly IReadOnlyList<KeyValuePair<string, ComponentRole>> Names = new[]
        {
            Name("service", ComponentRole.Service), Name("database", ComponentRole.Database), Name("load-balancer", ComponentRole.LoadBalancer),
            Name("dns", ComponentRole.Dns), Name("cache", ComponentRole.Cache), Name("queue", ComponentRole.Queue),
            Name("storage", ComponentRole.Storage), Name("network", ComponentRole.Network), Name("nat-gateway", ComponentRole.NatGateway),
            Name("consensus-store", ComponentRole.ConsensusStore),
        };

        /// <summary>First match wins, in this order; a kind matching none is a <see cref="ComponentRole.Service"/>.</summary>
        private static readonly (ComponentRole Role, string[] Words)[] Vocabulary =
        {
            (ComponentRole.LoadBalancer, new[] { "loadbalancer", "load-balancer", "load_balancer", "lb", "alb", "nlb", "elb", "haproxy", "proxy", "gateway", "ingress", "frontdoor" }),
            (ComponentRole.Dns, new[] { "dns", "route53", "nameserver", "trafficmanager" }),
            (ComponentRole.Cache, new[] { "cache", "redis", "memcached", "elasticache", "cdn" }),
            (ComponentRole.Database, new[] { "database", "db", "sql", "postgres", "postgresql", "mysql", "mariadb", "oracle", "mongodb", "mongo", "rds", "aurora", "cosmos", "dynamodb", "cassandra" }),
            (ComponentRole.Queue, new[] { "queue", "broker", "kafka", "rabbitmq", "sqs", "servicebus", "eventhub", "nats", "stream" }),
            (ComponentRole.Storage, new[] { "storage", "disk", "volume", "nfs", "s3", "bucket", "blob", "filesystem", "san", "nas", "efs" }),
            (ComponentRole.Network, new[] { "router", "switch", "network", "firewall", "vpn", "nat", "link", "natgateway", "transit" }),
            (ComponentRole.ConsensusStore, new[] { "etcd", "zookeeper", "zk", "consul", "raft", "paxos", "quorum", "consensus", "chubby" }),
        };

        /// <summary>The role a free-text kind names; a network kind that mentions "nat" is a NAT gateway.</summary>
        public static ComponentRole Classify(string? kind)
        {
            if (string.IsNullOrWhiteSpace(kind))
            {
                return ComponentRole.Service;
            }

            var text = kind!.Trim().ToLowerInvariant();
            var words = text.Split(new[] { ' ', '-', '_', '/', '.', ':' }, StringSplitOptions.RemoveEmptyEntries);
            foreach (var (role, vocabulary) in Vocabulary)
            {
                if (vocabulary.Contains(text) || words.Any(w => vocabulary.Contains(w)))
                {
                    return role == ComponentRole.Network && text.Contains("nat") ? ComponentRole.NatGateway : role;
                }
            }

            return ComponentRole.Service;
        }

        /// <summary>Whether losing the component can lose data, so a replica is not enough without a backup.</summary>
        public static bool IsStateful(ComponentRole role) =>
            role == ComponentRole.Database || role == ComponentRole.Queue || role == ComponentRole.Storage;

        /// <summary>The YAML name of <paramref name="role"/>: "load-balancer".</summary>
        public static string NameOf(ComponentRole role) => Names.First(n => n.Value == role).Key;

        private static KeyValuePair<string, ComponentRole> Name(string name, ComponentRole role) => new KeyValuePair<string, ComponentRole>(name, role);
    }
}
