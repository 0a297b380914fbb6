using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Everything read from one or more subscriptions, family by family, before it becomes a model. The same
    /// records come from live Resource Graph queries and from exported JSON.
    /// </summary>
    public sealed class AzureInventory
    {
        public List<VirtualMachineRecord> VirtualMachines { get; } = new List<VirtualMachineRecord>();
        public List<AvailabilitySetRecord> AvailabilitySets { get; } = new List<AvailabilitySetRecord>();
        public List<ScaleSetRecord> ScaleSets { get; } = new List<ScaleSetRecord>();
        public List<LoadBalancerRecord> LoadBalancers { get; } = new List<LoadBalancerRecord>();
        public List<ApplicationGatewayRecord> ApplicationGateways { get; } = new List<ApplicationGatewayRecord>();
        public List<PublicIpRecord> PublicIps { get; } = new List<PublicIpRecord>();
        public List<SqlDatabaseRecord> SqlDatabases { get; } = new List<SqlDatabaseRecord>();
        public List<ElasticPoolRecord> ElasticPools { get; } = new List<ElasticPoolRecord>();
        public List<FailoverGroupRecord> FailoverGroups { get; } = new List<FailoverGroupRecord>();
        public List<StorageAccountRecord> StorageAccounts { get; } = new List<StorageAccountRecord>();
        public List<RedisRecord> RedisCaches { get; } = new List<RedisRecord>();
        public List<CosmosAccountRecord> CosmosAccounts { get; } = new List<CosmosAccountRecord>();
        public List<KubernetesClusterRecord> KubernetesClusters { get; } = new List<KubernetesClusterRecord>();
        public List<AppServicePlanRecord> AppServicePlans { get; } = new List<AppServicePlanRecord>();
        public List<WebAppRecord> WebApps { get; } = new List<WebAppRecord>();
        public List<KeyVaultRecord> KeyVaults { get; } = new List<KeyVaultRecord>();
        public List<GlobalFrontRecord> GlobalFronts { get; } = new List<GlobalFrontRecord>();

        /// <summary>The model's name: the subscription's display name, the export file's name, or "azure".</summary>
        public string Name { get; set; } = "azure";

        /// <summary>Where the rows came from (subscriptions or files), for the model's provenance.</summary>
        public List<InventorySource> Sources { get; } = new List<InventorySource>();

        /// <summary>The parts of <see cref="Sources"/> that could not be read (a subscription without access).</summary>
        public List<UnreadPart> Unread { get; } = new List<UnreadPart>();

        /// <summary>What could not be read or interpreted; each becomes a warning and an incomplete entry in the reports.</summary>
        public List<IncompleteRead> Incomplete { get; } = new List<IncompleteRead>();

        /// <summary>Rows of types SpofAudit does not map (disks, NICs, VNets...), counted for the verbose summary.</summary>
        public int IgnoredRows { get; internal set; }

        /// <summary>How many resources were read into records.</summary>
        public int Count =>
            VirtualMachines.Count + AvailabilitySets.Count + ScaleSets.Count + LoadBalancers.Count + ApplicationGateways.Count
            + PublicIps.Count + SqlDatabases.Count + ElasticPools.Count + FailoverGroups.Count + StorageAccounts.Count
            + RedisCaches.Count + CosmosAccounts.Count + KubernetesClusters.Count + AppServicePlans.Count + WebApps.Count
            + KeyVaults.Count + GlobalFronts.Count;
    }
}
