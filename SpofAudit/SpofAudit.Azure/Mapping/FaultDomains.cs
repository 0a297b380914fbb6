using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// The shared-fate domain of each VM in an availability set: <c>setname-fdN</c>. A fault domain is a rack with
    /// its own power and network switch. When the platform did not report a VM's fault domain, the VMs of the set
    /// are taken, in name order, to fill the domains round-robin, as Azure places them.
    /// </summary>
    internal static class FaultDomains
    {
        public static Dictionary<string, string> Assign(IReadOnlyList<VirtualMachineRecord> vms, IReadOnlyList<AvailabilitySetRecord> sets)
        {
            var setsById = sets.ToDictionary(s => s.Resource.Id.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
            var domains = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var members = vms.Where(v => v.AvailabilitySetId != null)
                .GroupBy(v => v.AvailabilitySetId!.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
            foreach (var set in members)
            {
                var name = setsById.TryGetValue(set.Key, out var record) ? record.Resource.Name : set.Key.Substring(set.Key.LastIndexOf('/') + 1);
                var count = Math.Max(1, record?.FaultDomainCount ?? 2);
                var next = 0;
                foreach (var vm in set.OrderBy(v => v.Resource.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var domain = vm.FaultDomain ?? next++ % count;
                    domains[vm.Resource.Id] = $"{name}-fd{domain}";
                }
            }

            return domains;
        }
    }
}
