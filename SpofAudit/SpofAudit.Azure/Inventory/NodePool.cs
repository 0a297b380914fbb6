using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An AKS node pool: node count and the zones it spreads over ("1", "2", "3").</summary>
    public sealed record NodePool(string Name, int Count, IReadOnlyList<string> Zones);
}
