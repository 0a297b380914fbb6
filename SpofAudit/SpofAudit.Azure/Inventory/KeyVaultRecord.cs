namespace SpofAudit.Azure.Inventory
{
    /// <summary>A Key Vault (a regional service: Azure keeps it zone redundant and replicates it to the paired region).</summary>
    public sealed record KeyVaultRecord(AzureResource Resource);
}
