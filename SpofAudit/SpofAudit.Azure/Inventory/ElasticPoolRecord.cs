namespace SpofAudit.Azure.Inventory
{
    /// <summary>An Azure SQL elastic pool; its databases share its zone redundancy.</summary>
    public sealed record ElasticPoolRecord(AzureResource Resource, bool ZoneRedundant);
}
