namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure SQL database: whether it is zone redundant, the elastic pool it lives in, if any, and whether it is
    /// a secondary (a geo-replica or named replica: properties.secondaryType), which never serves users on its own.</summary>
    public sealed record SqlDatabaseRecord(AzureResource Resource, bool ZoneRedundant, string? ElasticPoolId, bool IsSecondary = false);
}
