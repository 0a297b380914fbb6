using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A Cosmos DB account: its regions, and whether it fails over automatically or writes in every region.</summary>
    public sealed record CosmosAccountRecord(
        AzureResource Resource, IReadOnlyList<CosmosLocation> Locations, bool AutomaticFailover, bool MultipleWriteLocations);
}
