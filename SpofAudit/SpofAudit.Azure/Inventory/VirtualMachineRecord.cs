using System.Collections.Generic;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>A virtual machine: its availability set and platform fault domain, its scale set when it is a
    /// flexible scale-set member, its network interfaces (how load balancers name it), its power state when the data
    /// has it (running, deallocated, stopped...; null when not reported) and its private IPs when the data has them.</summary>
    public sealed record VirtualMachineRecord(
        AzureResource Resource,
        string? AvailabilitySetId,
        int? FaultDomain,
        string? ScaleSetId,
        IReadOnlyList<string> NetworkInterfaceIds,
        string? PowerState = null,
        IReadOnlyList<string>? PrivateIps = null);
}
