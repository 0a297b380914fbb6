using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;

namespace SpofAudit.Azure.Live
{
    /// <summary>
    /// One Resource Graph query per resource family. Each projects the columns an export also has, so live rows
    /// and exported rows go through the same reader.
    /// </summary>
    internal static class ResourceFamilies
    {
        public static IReadOnlyList<(string Family, string Query)> All { get; } = new[]
        {
            Family("compute", ResourceTypes.VirtualMachine, ResourceTypes.AvailabilitySet, ResourceTypes.ScaleSet),
            Family("network", ResourceTypes.LoadBalancer, ResourceTypes.ApplicationGateway, ResourceTypes.PublicIp),
            Family("sql", ResourceTypes.SqlDatabase, ResourceTypes.ElasticPool, ResourceTypes.FailoverGroup),
            Family("storage", ResourceTypes.StorageAccount),
            Family("data", ResourceTypes.Redis, ResourceTypes.CosmosAccount, ResourceTypes.KeyVault),
            Family("containers", ResourceTypes.KubernetesCluster),
            Family("app service", ResourceTypes.AppServicePlan, ResourceTypes.WebApp),
            Family("global fronts", ResourceTypes.FrontDoorClassic, ResourceTypes.CdnProfile, ResourceTypes.FrontDoorOrigin, ResourceTypes.TrafficManager),
        };

        private static (string, string) Family(string name, params string[] types) =>
            (name,
             "resources | where type in~ (" + string.Join(", ", types.Select(t => "'" + t + "'")) + ") "
             + "| project id, name, type, kind, location, resourceGroup, subscriptionId, sku, zones, tags, properties "
             + "| order by id asc");
    }
}
