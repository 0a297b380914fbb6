namespace SpofAudit.Azure.Inventory
{
    /// <summary>A virtual machine scale set: its capacity (instance count) and zones (on the resource).</summary>
    public sealed record ScaleSetRecord(AzureResource Resource, int Capacity);
}
