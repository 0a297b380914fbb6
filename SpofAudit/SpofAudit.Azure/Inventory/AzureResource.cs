using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// What every Azure resource row carries: its ARM id, name, type, location, placement in subscription and
    /// resource group, the availability zones it was pinned to ("1", "2", "3"; empty when not zonal) and its tags.
    /// </summary>
    public sealed record AzureResource(
        string Id,
        string Name,
        string Type,
        string Location,
        string SubscriptionId,
        string ResourceGroup,
        IReadOnlyList<string> Zones,
        IReadOnlyDictionary<string, string> Tags);
}
