namespace SpofAudit.Azure.Inventory
{
    /// <summary>An App Service plan: its instance count and whether those instances are spread over zones.</summary>
    public sealed record AppServicePlanRecord(AzureResource Resource, int Capacity, bool ZoneRedundant);
}
