namespace SpofAudit.Azure.Inventory
{
    /// <summary>A public IP address: SKU, zones (on the resource), the address and DNS name origins may name.</summary>
    public sealed record PublicIpRecord(AzureResource Resource, string Sku, string? IpAddress, string? Fqdn);
}
