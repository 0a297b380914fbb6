using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// Resolves what network configuration points at: a NIC IP configuration id to the VM or scale set behind it,
    /// a public IP to its zones and to the load balancer or gateway that uses it, a host name to a web app.
    /// </summary>
    internal sealed class NetworkIndex
    {
        private readonly ComponentNames _names;
        private readonly Dictionary<string, string> _nicOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, PublicIpRecord> _publicIps = new Dictionary<string, PublicIpRecord>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _hosts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _privateIps = new Dictionary<string, string>(StringComparer.Ordinal);

        public NetworkIndex(AzureInventory inventory, ComponentNames names)
        {
            _names = names;
            foreach (var vm in inventory.VirtualMachines)
            {
                var owner = names.ById(vm.Resource.Id) ?? names.ById(vm.ScaleSetId);
                if (owner == null)
                {
                    continue;
                }

                foreach (var nic in vm.NetworkInterfaceIds)
                {
                    _nicOwners[nic.TrimEnd('/')] = owner;
                }

                // az vm list -d names a VM's private IPs, which is how an IP-based load balancer pool names it.
                foreach (var ip in vm.PrivateIps ?? Array.Empty<string>())
                {
                    _privateIps[ip] = owner;
                }
            }

            foreach (var ip in inventory.PublicIps)
            {
                _publicIps[ip.Resource.Id.TrimEnd('/')] = ip;
            }

            foreach (var app in inventory.WebApps)
            {
                foreach (var host in app.HostNames)
                {
                    AddHost(host, names[app.Resource]);
                }
            }

            foreach (var loadBalancer in inventory.LoadBalancers)
            {
                AddPublicIpHosts(loadBalancer.Frontends.Select(f => f.PublicIpId), names[loadBalancer.Resource]);
            }

            foreach (var gateway in inventory.ApplicationGateways)
            {
                AddPublicIpHosts(gateway.PublicIpIds, names[gateway.Resource]);
            }
        }

        /// <summary>The Azure zones of a frontend: its public IP's when it has one, else its own.</summary>
        public IReadOnlyList<string> FrontendZones(LoadBalancerFrontend frontend) =>
            frontend.PublicIpId != null && _publicIps.TryGetValue(frontend.PublicIpId.TrimEnd('/'), out var ip)
                ? (string.Equals(ip.Sku, "Basic", StringComparison.OrdinalIgnoreCase) ? Array.Empty<string>() : ip.Resource.Zones)
                : frontend.Zones;

        /// <summary>
        /// Why a Standard frontend's zones are unknown, or null when they are known. Since network API 2020-08-01 a Standard
        /// public IP or load balancer frontend created without zones is non-zonal; before, it was zone-redundant, and
        /// existing resources were not changed (azure.microsoft.com/updates/zone-behavior-change, 31 August 2020). Their
        /// data looks the same, so in a region with zones an empty "zones" cannot tell which it is.
        /// </summary>
        public string? UncertainZones(LoadBalancerFrontend frontend, string region)
        {
            if (!ZoneRegions.HasZones(region))
            {
                return null;
            }

            if (frontend.PublicIpId != null)
            {
                return _publicIps.TryGetValue(frontend.PublicIpId.TrimEnd('/'), out var ip)
                    && string.Equals(ip.Sku, "Standard", StringComparison.OrdinalIgnoreCase) && ip.Resource.Zones.Count == 0
                    ? $"its public IP {ip.Resource.Name} is Standard with no zones"
                    : null;
            }

            return frontend.Zones.Count == 0 ? $"its frontend {frontend.Name} is Standard with no zones" : null;
        }

        /// <summary>The components a backend pool sends traffic to; addresses that lead nowhere known come back apart.</summary>
        public IReadOnlyList<string> PoolMembers(BackendPool pool, out IReadOnlyList<string> unresolved)
        {
            var members = new List<string>();
            var unknown = new List<string>();
            foreach (var ipConfiguration in pool.IpConfigurationIds)
            {
                var member = ByIpConfiguration(ipConfiguration);
                if (member == null)
                {
                    unknown.Add(ipConfiguration);
                }
                else if (!members.Contains(member))
                {
                    members.Add(member);
                }
            }

            foreach (var address in pool.Addresses)
            {
                var member = ByHost(address);
                if (member == null)
                {
                    unknown.Add(address);
                }
                else if (!members.Contains(member))
                {
                    members.Add(member);
                }
            }

            unresolved = unknown;
            return members;
        }

        /// <summary>The components an IP-based pool's addresses belong to; addresses no VM in the data has come back apart.</summary>
        public IReadOnlyList<string> PoolMembersByIp(BackendPool pool, out IReadOnlyList<string> unmatched)
        {
            var members = new List<string>();
            var unknown = new List<string>();
            foreach (var address in pool.IpAddresses ?? Array.Empty<string>())
            {
                if (_privateIps.TryGetValue(address, out var member))
                {
                    if (!members.Contains(member))
                    {
                        members.Add(member);
                    }
                }
                else
                {
                    unknown.Add(address);
                }
            }

            unmatched = unknown;
            return members;
        }

        public string? ByHost(string? host) => host != null && _hosts.TryGetValue(host.Trim().TrimEnd('.'), out var name) ? name : null;

        /// <summary>
        /// <c>.../networkInterfaces/nic/ipConfigurations/cfg</c> names a VM's NIC; a uniform scale set's instances
        /// appear as <c>.../virtualMachineScaleSets/ss/virtualMachines/0/networkInterfaces/...</c>.
        /// </summary>
        private string? ByIpConfiguration(string id)
        {
            var scaleSet = id.IndexOf("/virtualMachines/", StringComparison.OrdinalIgnoreCase);
            if (scaleSet > 0 && id.IndexOf("/virtualMachineScaleSets/", StringComparison.OrdinalIgnoreCase) > 0)
            {
                return _names.ById(id.Substring(0, scaleSet));
            }

            var configuration = id.IndexOf("/ipConfigurations/", StringComparison.OrdinalIgnoreCase);
            var nic = configuration > 0 ? id.Substring(0, configuration) : id;
            return _nicOwners.TryGetValue(nic.TrimEnd('/'), out var owner) ? owner : null;
        }

        private void AddPublicIpHosts(IEnumerable<string?> publicIpIds, string component)
        {
            foreach (var id in publicIpIds)
            {
                if (id != null && _publicIps.TryGetValue(id.TrimEnd('/'), out var ip))
                {
                    AddHost(ip.Fqdn, component);
                    AddHost(ip.IpAddress, component);
                    _names.AddAlias(ip.Resource.Id, component);
                }
            }
        }

        private void AddHost(string? host, string component)
        {
            if (!string.IsNullOrEmpty(host) && !_hosts.ContainsKey(host!))
            {
                _hosts.Add(host!, component);
            }
        }
    }
}
