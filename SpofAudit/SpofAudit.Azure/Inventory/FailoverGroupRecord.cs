using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure SQL failover group: the databases it replicates, the partner servers' regions, and whether
    /// its read-write endpoint fails over automatically.</summary>
    public sealed record FailoverGroupRecord(
        AzureResource Resource, IReadOnlyList<string> DatabaseIds, IReadOnlyList<string> PartnerLocations, bool AutomaticFailover);
}
