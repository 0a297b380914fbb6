using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A set of origins of which any one can serve (a Front Door origin group or backend pool, a Traffic
    /// Manager profile's endpoints).</summary>
    public sealed record OriginGroup(string Name, IReadOnlyList<Origin> Origins);
}
