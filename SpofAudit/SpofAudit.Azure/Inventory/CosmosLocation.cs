namespace SpofAudit.Azure.Inventory
{
    /// <summary>One region of a Cosmos DB account: its failover priority (0 is the write region) and zone redundancy.</summary>
    public sealed record CosmosLocation(string Location, int FailoverPriority, bool ZoneRedundant);
}
