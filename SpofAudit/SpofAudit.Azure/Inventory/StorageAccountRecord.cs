namespace SpofAudit.Azure.Inventory
{
    /// <summary>A storage account: its SKU (Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGZRS...) and the
    /// secondary region geo-redundant SKUs replicate to.</summary>
    public sealed record StorageAccountRecord(AzureResource Resource, string Sku, string? SecondaryLocation);
}
