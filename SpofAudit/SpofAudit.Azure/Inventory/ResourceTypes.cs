namespace SpofAudit.Azure.Inventory
{
    /// <summary>The ARM resource types SpofAudit reads, lower case as Resource Graph writes them (compare ignoring case:
    /// <c>az resource list</c> writes them as ARM does, e.g. Microsoft.Compute/virtualMachines).</summary>
    internal static class ResourceTypes
    {
        public const string VirtualMachine = "microsoft.compute/virtualmachines";
        public const string AvailabilitySet = "microsoft.compute/availabilitysets";
        public const string ScaleSet = "microsoft.compute/virtualmachinescalesets";
        public const string LoadBalancer = "microsoft.network/loadbalancers";
        public const string ApplicationGateway = "microsoft.network/applicationgateways";
        public const string PublicIp = "microsoft.network/publicipaddresses";
        public const string SqlDatabase = "microsoft.sql/servers/databases";
        public const string ElasticPool = "microsoft.sql/servers/elasticpools";
        public const string FailoverGroup = "microsoft.sql/servers/failovergroups";
        public const string StorageAccount = "microsoft.storage/storageaccounts";
        public const string Redis = "microsoft.cache/redis";
        public const string CosmosAccount = "microsoft.documentdb/databaseaccounts";
        public const string KubernetesCluster = "microsoft.containerservice/managedclusters";
        public const string AppServicePlan = "microsoft.web/serverfarms";
        public const string WebApp = "microsoft.web/sites";
        public const string KeyVault = "microsoft.keyvault/vaults";
        public const string FrontDoorClassic = "microsoft.network/frontdoors";
        public const string CdnProfile = "microsoft.cdn/profiles";
        public const string FrontDoorOrigin = "microsoft.cdn/profiles/origingroups/origins";
        public const string TrafficManager = "microsoft.network/trafficmanagerprofiles";

        private static readonly System.Collections.Generic.HashSet<string> Read = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        {
            VirtualMachine, AvailabilitySet, ScaleSet, LoadBalancer, ApplicationGateway, PublicIp, SqlDatabase, ElasticPool, FailoverGroup,
            StorageAccount, Redis, CosmosAccount, KubernetesCluster, AppServicePlan, WebApp, KeyVault, FrontDoorClassic, CdnProfile,
            FrontDoorOrigin, TrafficManager,
        };

        /// <summary>Whether a rule reads rows of this type.</summary>
        public static bool IsRead(string? type) => type != null && Read.Contains(type);

        /// <summary>
        /// The type an ARM id names: <c>/subscriptions/s/resourceGroups/g/providers/Microsoft.Network/frontDoors/fd</c> is
        /// <c>microsoft.network/frontdoors</c>, and a child's id names the child type (<c>.../managedClusters/c/agentPools/p</c>).
        /// Null when the id names no provider.
        /// </summary>
        public static string? FromId(string id)
        {
            var marker = id.LastIndexOf("/providers/", System.StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
            {
                return null;
            }

            var parts = id.Substring(marker + "/providers/".Length).TrimEnd('/').Split('/');
            if (parts.Length < 3)
            {
                return null;
            }

            var type = new System.Text.StringBuilder(parts[0]);
            for (var i = 1; i < parts.Length; i += 2)
            {
                type.Append('/').Append(parts[i]);
            }

            return type.ToString().ToLowerInvariant();
        }
    }
}
