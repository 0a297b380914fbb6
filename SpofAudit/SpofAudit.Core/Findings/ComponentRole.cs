using System;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>What a component does, read from its free-text <c>kind</c>, so advice can be specific.</summary>
    public enum ComponentRole
    {
        Service,
        Database,
        LoadBalancer,
        Dns,
        Cache,
        Queue,
        Storage,
        Network,
    }

    /// <summary>Maps a free-text kind ("postgres", "alb", "redis"...) to a <see cref="ComponentRole"/>.</summary>
    public static class ComponentRoles
    {
        private static readonly (ComponentRole Role, string[] Words)[] Vocabulary =
        {
            (ComponentRole.LoadBalancer, new[] { "loadbalancer", "load-balancer", "load_balancer", "lb", "alb", "nlb", "elb", "haproxy", "proxy", "gateway", "ingress", "frontdoor" }),
            (ComponentRole.Dns, new[] { "dns", "route53", "nameserver", "trafficmanager" }),
            (ComponentRole.Cache, new[] { "cache", "redis", "memcached", "elasticache", "cdn" }),
            (ComponentRole.Database, new[] { "database", "db", "sql", "postgres", "postgresql", "mysql", "mariadb", "oracle", "mongodb", "mongo", "rds", "aurora", "cosmos", "dynamodb", "cassandra" }),
            (ComponentRole.Queue, new[] { "queue", "broker", "kafka", "rabbitmq", "sqs", "servicebus", "eventhub", "nats", "stream" }),
            (ComponentRole.Storage, new[] { "storage", "disk", "volume", "nfs", "s3", "bucket", "blob", "filesystem", "san", "nas", "efs" }),
            (ComponentRole.Network, new[] { "router", "switch", "network", "firewall", "vpn", "nat", "link", "natgateway", "transit" }),
        };

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
                    return role;
                }
            }

            return ComponentRole.Service;
        }

        /// <summary>Whether losing the component can lose data, so a replica is not enough without a backup.</summary>
        public static bool IsStateful(ComponentRole role) =>
            role == ComponentRole.Database || role == ComponentRole.Queue || role == ComponentRole.Storage;
    }
}
