using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A virtual machine: its availability set and platform fault domain, its scale set when it is a
    /// flexible scale-set member, and its network interfaces (how load balancers name it).</summary>
    public sealed record VirtualMachineRecord(
        AzureResource Resource,
        string? AvailabilitySetId,
        int? FaultDomain,
        string? ScaleSetId,
        IReadOnlyList<string> NetworkInterfaceIds);
}
