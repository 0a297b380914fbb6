using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>An availability set: how many fault domains it spreads over and which VMs it holds (with the fault
    /// domain of each when the platform reported it; the VM's own record wins).</summary>
    public sealed record AvailabilitySetRecord(AzureResource Resource, int FaultDomainCount, IReadOnlyList<string> VirtualMachineIds);
}
