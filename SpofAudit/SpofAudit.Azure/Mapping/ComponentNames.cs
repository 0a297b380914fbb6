using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Azure.Inventory;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// Gives each mapped resource a component name users recognise: the resource name when it is unique,
    /// else <c>resourceGroup/name</c>, else <c>subscription/resourceGroup/name</c>. Resolves ARM ids, names
    /// and host names back to those components (ARM compares ids and names ignoring case).
    /// </summary>
    internal sealed class ComponentNames
    {
        private readonly Dictionary<string, string> _byId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<string>> _byResourceName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Chooses names for every resource at once, so which one is qualified never depends on order.</summary>
        public void Assign(IEnumerable<AzureResource> resources)
        {
            var all = resources.ToArray();
            var plainCounts = all.GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
            var groupCounts = all.GroupBy(r => r.ResourceGroup + "/" + r.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
            foreach (var resource in all)
            {
                var name = plainCounts[resource.Name] == 1
                    ? resource.Name
                    : groupCounts[resource.ResourceGroup + "/" + resource.Name] == 1
                        ? $"{resource.ResourceGroup}/{resource.Name}"
                        : $"{resource.SubscriptionId}/{resource.ResourceGroup}/{resource.Name}";
                Add(resource.Id, resource.Name, name);
            }
        }

        /// <summary>A component that is not a resource of its own (an AKS node pool).</summary>
        public string AddChild(string id, string name)
        {
            var unique = name;
            for (var i = 2; _names.Contains(unique); i++)
            {
                unique = $"{name}-{i}";
            }

            Add(id, name, unique);
            return unique;
        }

        public string this[AzureResource resource] => _byId[resource.Id];

        public string? ById(string? id) => id != null && _byId.TryGetValue(id.TrimEnd('/'), out var name) ? name : null;

        /// <summary>Another ARM id that leads to a component (a public IP leads to its load balancer), unless taken.</summary>
        public void AddAlias(string id, string component)
        {
            var key = id.TrimEnd('/');
            if (!_byId.ContainsKey(key))
            {
                _byId.Add(key, component);
            }
        }

        /// <summary>What a <c>spof:dependsOn</c> tag names: an ARM id, a component name, or a resource name that is unique.</summary>
        public string? Resolve(string reference)
        {
            if (_byId.TryGetValue(reference.TrimEnd('/'), out var byId))
            {
                return byId;
            }

            if (_names.Contains(reference))
            {
                return reference;
            }

            return _byResourceName.TryGetValue(reference, out var names) && names.Count == 1 ? names[0] : null;
        }

        private void Add(string id, string resourceName, string name)
        {
            _names.Add(name);
            _byId[id.TrimEnd('/')] = name;
            if (!_byResourceName.TryGetValue(resourceName, out var list))
            {
                list = new List<string>();
                _byResourceName.Add(resourceName, list);
            }

            list.Add(name);
        }
    }
}
