using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// The role of each resource type the mapper reads, keyed by the kind word it gives that type: the resource type,
    /// not the word, decides (a Cosmos DB account is a database though "cosmosdb" is no database word).
    /// </summary>
    internal static class ResourceRoles
    {
        private static readonly Dictionary<string, ComponentRole> ByKind = new Dictionary<string, ComponentRole>(System.StringComparer.Ordinal)
        {
            ["vm"] = ComponentRole.Service,
            ["vm-scale-set"] = ComponentRole.Service,
            ["app-service-plan"] = ComponentRole.Service,
            ["web-app"] = ComponentRole.Service,
            ["key-vault"] = ComponentRole.Service,
            ["kubernetes"] = ComponentRole.Service,
            ["kubernetes-node-pool"] = ComponentRole.Service,
            ["application-gateway"] = ComponentRole.LoadBalancer,
            ["loadbalancer"] = ComponentRole.LoadBalancer,
            ["frontdoor"] = ComponentRole.LoadBalancer,
            ["trafficmanager"] = ComponentRole.Dns,
            ["redis"] = ComponentRole.Cache,
            ["sql-database"] = ComponentRole.Database,
            ["cosmosdb"] = ComponentRole.Database,
            ["storage"] = ComponentRole.Storage,
        };

        /// <summary>The role of the resource type the mapper calls <paramref name="kind"/>.</summary>
        /// <exception cref="KeyNotFoundException">A mapped resource type without a role: a test maps every type.</exception>
        public static ComponentRole Of(string kind) => ByKind[kind];
    }
}
