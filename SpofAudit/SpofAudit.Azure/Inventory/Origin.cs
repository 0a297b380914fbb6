namespace SpofAudit.Azure.Inventory
{
    /// <summary>Where a global front sends traffic: an ARM resource id (Traffic Manager Azure endpoints, Front Door
    /// private origins) or a host name or address.</summary>
    public sealed record Origin(string? ResourceId, string? HostName);
}
