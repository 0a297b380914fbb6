using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An App Service app (web app, API, function): the plan it runs on and the host names origins use.</summary>
    public sealed record WebAppRecord(AzureResource Resource, string? PlanId, IReadOnlyList<string> HostNames);
}
