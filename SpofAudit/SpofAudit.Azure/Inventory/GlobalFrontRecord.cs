using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A global front (Front Door, Traffic Manager): a global service that needs one origin of each group.</summary>
    public sealed record GlobalFrontRecord(AzureResource Resource, string Kind, IReadOnlyList<OriginGroup> OriginGroups);
}
