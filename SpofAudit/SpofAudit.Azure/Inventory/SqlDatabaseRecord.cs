namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure SQL database: whether it is zone redundant and the elastic pool it lives in, if any.</summary>
    public sealed record SqlDatabaseRecord(AzureResource Resource, bool ZoneRedundant, string? ElasticPoolId);
}
