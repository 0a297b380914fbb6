using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using static SpofAudit.Azure.Inventory.JsonValues;

namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Turns resource rows (the objects of a Resource Graph result, of <c>az graph query</c> output or of
    /// <c>az resource list</c> output: id, name, type, location, resourceGroup, subscriptionId, sku, zones, tags,
    /// properties) into typed records. Rows of other types are counted and skipped.
    /// </summary>
    internal sealed class InventoryReader
    {
        private readonly AzureInventory _inventory = new AzureInventory();
        private readonly Dictionary<string, List<Origin>> _originsByGroup = new Dictionary<string, List<Origin>>(StringComparer.OrdinalIgnoreCase);
        private readonly List<(AzureResource Profile, int Index)> _cdnProfiles = new List<(AzureResource Profile, int Index)>();
        private readonly HashSet<string> _seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<(string? Origin, string Type), List<AzureResource>> _unread = new Dictionary<(string? Origin, string Type), List<AzureResource>>();
        private readonly Dictionary<string, List<AzureResource>> _withoutProperties = new Dictionary<string, List<AzureResource>>(StringComparer.Ordinal);

        /// <summary>Where the rows being added come from (an export file, a Resource Graph page); incomplete entries name it.</summary>
        public string? Origin { get; set; }

        /// <summary>Reads one row. Returns an error message when the row is not a resource (no id or type).</summary>
        public string? Add(JsonElement row)
        {
            if (row.ValueKind != JsonValueKind.Object)
            {
                return $"expected a resource object, found {Describe(row.ValueKind)}";
            }

            var id = String(row, "id");
            var type = String(row, "type");
            // ARM ids name their type; some outputs leave "type" out (an agent pool's GET) or spell it otherwise (a Front
            // Door example's "Microsoft.Network/frontDoor"): the id's type is read when "type" names nothing read.
            var idType = string.IsNullOrEmpty(id) ? null : ResourceTypes.FromId(id!);
            if (string.IsNullOrEmpty(type) || (!ResourceTypes.IsRead(type) && ResourceTypes.IsRead(idType)))
            {
                type = idType;
            }

            if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(type))
            {
                return "a resource needs an 'id' and a 'type' (export rows with: az graph query -q \"resources\" or az resource list)";
            }

            // Overlapping exports, or a page read again after a retry, repeat rows: the first copy counts.
            if (!_seenIds.Add(id!.TrimEnd('/')))
            {
                return null;
            }

            row = Properties(row, out var withoutProperties);
            var resource = Resource(row, id!, type!);
            if (withoutProperties && ResourceTypes.IsRead(type) && !string.Equals(type, ResourceTypes.KeyVault, StringComparison.OrdinalIgnoreCase))
            {
                Note(_withoutProperties, Origin ?? string.Empty, resource);
            }

            switch (type!.ToLowerInvariant())
            {
                case ResourceTypes.VirtualMachine: _inventory.VirtualMachines.Add(VirtualMachine(row, resource)); break;
                case ResourceTypes.AvailabilitySet:
                    _inventory.AvailabilitySets.Add(new AvailabilitySetRecord(
                        resource, Int(row, "properties", "platformFaultDomainCount") ?? 2, Ids(row, "properties", "virtualMachines")));
                    break;
                case ResourceTypes.ScaleSet:
                    _inventory.ScaleSets.Add(new ScaleSetRecord(resource, Int(row, "sku", "capacity") ?? 0));
                    break;
                case ResourceTypes.LoadBalancer: _inventory.LoadBalancers.Add(LoadBalancer(row, resource)); break;
                case ResourceTypes.ApplicationGateway: _inventory.ApplicationGateways.Add(ApplicationGateway(row, resource)); break;
                case ResourceTypes.PublicIp:
                    _inventory.PublicIps.Add(new PublicIpRecord(
                        resource, String(row, "sku", "name") ?? "Basic", String(row, "properties", "ipAddress"), String(row, "properties", "dnsSettings", "fqdn")));
                    break;
                case ResourceTypes.SqlDatabase:
                    // master is the logical server's system database, not something an application uses.
                    if (!string.Equals(resource.Name, "master", StringComparison.OrdinalIgnoreCase))
                    {
                        _inventory.SqlDatabases.Add(new SqlDatabaseRecord(
                            resource,
                            Bool(row, "properties", "zoneRedundant"),
                            String(row, "properties", "elasticPoolId"),
                            String(row, "properties", "secondaryType") != null
                                || (String(row, "properties", "createMode") ?? string.Empty).IndexOf("Secondary", StringComparison.OrdinalIgnoreCase) >= 0));
                    }

                    break;
                case ResourceTypes.ElasticPool:
                    _inventory.ElasticPools.Add(new ElasticPoolRecord(resource, Bool(row, "properties", "zoneRedundant")));
                    break;
                case ResourceTypes.FailoverGroup: _inventory.FailoverGroups.Add(FailoverGroup(row, resource)); break;
                case ResourceTypes.StorageAccount:
                    _inventory.StorageAccounts.Add(new StorageAccountRecord(
                        resource, String(row, "sku", "name") ?? "Standard_LRS", Location(String(row, "properties", "secondaryLocation"))));
                    break;
                case ResourceTypes.Redis: _inventory.RedisCaches.Add(Redis(row, resource)); break;
                case ResourceTypes.CosmosAccount: _inventory.CosmosAccounts.Add(Cosmos(row, resource)); break;
                case ResourceTypes.KubernetesCluster: _inventory.KubernetesClusters.Add(Kubernetes(row, resource)); break;
                case ResourceTypes.AppServicePlan:
                    _inventory.AppServicePlans.Add(new AppServicePlanRecord(
                        resource,
                        Int(row, "sku", "capacity") ?? Int(row, "properties", "numberOfWorkers") ?? 1,
                        Bool(row, "properties", "zoneRedundant")));
                    break;
                case ResourceTypes.WebApp: _inventory.WebApps.Add(WebApp(row, resource)); break;
                case ResourceTypes.KeyVault: _inventory.KeyVaults.Add(new KeyVaultRecord(resource)); break;
                case ResourceTypes.FrontDoorClassic: _inventory.GlobalFronts.Add(FrontDoorClassic(row, resource)); break;
                case ResourceTypes.TrafficManager: _inventory.GlobalFronts.Add(TrafficManager(row, resource)); break;
                case ResourceTypes.CdnProfile:
                    // Only Front Door Standard/Premium profiles route to origins; classic CDN profiles are caches.
                    if ((String(row, "sku", "name") ?? string.Empty).IndexOf("FrontDoor", StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        _cdnProfiles.Add((resource, _inventory.GlobalFronts.Count));
                        _inventory.GlobalFronts.Add(new GlobalFrontRecord(resource, "frontdoor", System.Array.Empty<OriginGroup>()));
                    }
                    else
                    {
                        _inventory.IgnoredRows++;
                    }

                    break;
                case ResourceTypes.FrontDoorOrigin:
                    AddOrigin(row, id!);
                    break;
                default:
                    if (PassiveTypes.Contains(type!))
                    {
                        _inventory.IgnoredRows++;
                    }
                    else
                    {
                        Note(_unread, (Origin, resource.Type), resource);
                    }

                    break;
            }

            return null;
        }

        /// <summary>The inventory, with Front Door Standard/Premium origins (separate rows) attached to their profiles.</summary>
        public AzureInventory Complete()
        {
            // Origin group ids are <profile id>/originGroups/<group>: one pass files each group under its profile.
            var groupsByProfile = new Dictionary<string, List<OriginGroup>>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in _originsByGroup.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase))
            {
                var cut = group.Key.LastIndexOf("/origingroups/", StringComparison.OrdinalIgnoreCase);
                var profile = group.Key.Substring(0, cut);
                if (!groupsByProfile.TryGetValue(profile, out var groups))
                {
                    groups = new List<OriginGroup>();
                    groupsByProfile.Add(profile, groups);
                }

                groups.Add(new OriginGroup(group.Key.Substring(cut + "/origingroups/".Length), group.Value));
            }

            foreach (var (profile, index) in _cdnProfiles)
            {
                if (groupsByProfile.TryGetValue(profile.Id.TrimEnd('/'), out var groups))
                {
                    _inventory.GlobalFronts[index] = _inventory.GlobalFronts[index] with { OriginGroups = groups };
                }
            }

            foreach (var unread in _unread)
            {
                var resources = unread.Value;
                _inventory.Incomplete.Add(new IncompleteRead(
                    unread.Key.Origin,
                    resources[0].Id,
                    unread.Key.Type,
                    $"{Count(resources.Count, "resource")} of type {unread.Key.Type} ({Names(resources)}) {(resources.Count == 1 ? "is" : "are")} not read: "
                    + "SpofAudit has no rule for this type, so what depends on it and how it fails are not in this audit"));
            }

            foreach (var missing in _withoutProperties)
            {
                var resources = missing.Value;
                _inventory.Incomplete.Add(new IncompleteRead(
                    missing.Key.Length == 0 ? null : missing.Key,
                    resources[0].Id,
                    "properties",
                    $"{Count(resources.Count, "resource")} ({Names(resources)}) came without their properties (az resource list leaves them out): "
                    + "zone redundancy, replicas, backend pools and node pools are unknown and read as absent; export with az graph query -q \"resources\""));
            }

            return _inventory;
        }

        /// <summary>
        /// ARM nests most settings under "properties"; the Azure CLI's list and show commands (az aks list, az vm list -d,
        /// az appservice plan list, az storage account list) put them at the top level instead, next to id and name. A row
        /// without "properties" that has the "provisioningState" every ARM resource reports is such a flattened row: it is
        /// read as its own properties. "properties": null (az resource list) leaves the settings unknown.
        /// </summary>
        private static JsonElement Properties(JsonElement row, out bool withoutProperties)
        {
            withoutProperties = false;
            if (Get(row, "properties")?.ValueKind == JsonValueKind.Object)
            {
                return row;
            }

            if (Get(row, "provisioningState") == null)
            {
                withoutProperties = true;
                return row;
            }

            using var buffer = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var property in row.EnumerateObject())
                {
                    if (!string.Equals(property.Name, "properties", StringComparison.OrdinalIgnoreCase))
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WritePropertyName("properties");
                row.WriteTo(writer);
                writer.WriteEndObject();
            }

            using var document = JsonDocument.Parse(buffer.ToArray());
            return document.RootElement.Clone();
        }

        private static void Note<TKey>(Dictionary<TKey, List<AzureResource>> notes, TKey key, AzureResource resource)
            where TKey : notnull
        {
            if (!notes.TryGetValue(key, out var resources))
            {
                resources = new List<AzureResource>();
                notes.Add(key, resources);
            }

            resources.Add(resource);
        }

        private static string Count(int count, string noun) => count == 1 ? "1 " + noun : $"{count} {noun}s";

        /// <summary>The first few names, so a line stays readable when an export holds hundreds of such rows.</summary>
        private static string Names(IReadOnlyList<AzureResource> resources) =>
            string.Join(", ", resources.Take(5).Select(r => r.Name)) + (resources.Count > 5 ? $" and {resources.Count - 5} more" : string.Empty);

        /// <summary>ARM writes locations as "westeurope"; some properties (Cosmos DB) as "West Europe".</summary>
        public static string? Location(string? location) =>
            string.IsNullOrWhiteSpace(location) ? null : location!.Replace(" ", string.Empty).ToLowerInvariant();

        private static AzureResource Resource(JsonElement row, string id, string type)
        {
            var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var tagObject = Get(row, "tags");
            if (tagObject?.ValueKind == JsonValueKind.Object)
            {
                foreach (var tag in tagObject.Value.EnumerateObject())
                {
                    if (tag.Value.ValueKind == JsonValueKind.String)
                    {
                        tags[tag.Name] = tag.Value.GetString()!;
                    }
                }
            }

            return new AzureResource(
                id,
                String(row, "name") ?? LastSegment(id),
                type.ToLowerInvariant(),
                Location(String(row, "location")) ?? "global",
                String(row, "subscriptionId") ?? Segment(id, "subscriptions") ?? string.Empty,
                String(row, "resourceGroup") ?? Segment(id, "resourceGroups") ?? string.Empty,
                Strings(row, "zones"),
                tags);
        }

        private static VirtualMachineRecord VirtualMachine(JsonElement row, AzureResource resource) =>
            new VirtualMachineRecord(
                resource,
                String(row, "properties", "availabilitySet", "id"),
                Int(row, "properties", "platformFaultDomain")
                    ?? Int(row, "properties", "instanceView", "platformFaultDomain")
                    ?? Int(row, "properties", "extended", "instanceView", "platformFaultDomain"),
                String(row, "properties", "virtualMachineScaleSet", "id"),
                Ids(row, "properties", "networkProfile", "networkInterfaces"),
                PowerState(row),
                (String(row, "properties", "privateIps") ?? string.Empty).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(ip => ip.Trim()).ToArray());

        /// <summary>
        /// A VM's power state, wherever the export has it: Resource Graph's properties.extended.instanceView.powerState.code
        /// ("PowerState/deallocated"), an ARM GET with $expand=instanceView (a "PowerState/..." status), or az vm list -d
        /// ("powerState": "VM deallocated"). Returned as the state's word ("running", "deallocated"), null when absent.
        /// </summary>
        private static string? PowerState(JsonElement row)
        {
            var code = String(row, "properties", "extended", "instanceView", "powerState", "code")
                ?? Array(row, "properties", "instanceView", "statuses").Select(s => String(s, "code")).FirstOrDefault(c => c != null && c.StartsWith("PowerState/", StringComparison.OrdinalIgnoreCase))
                ?? String(row, "properties", "powerState");
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            var word = code!.Trim();
            var cut = word.LastIndexOfAny(new[] { '/', ' ' });
            return (cut >= 0 ? word.Substring(cut + 1) : word).ToLowerInvariant();
        }

        private static LoadBalancerRecord LoadBalancer(JsonElement row, AzureResource resource)
        {
            var frontends = Array(row, "properties", "frontendIPConfigurations")
                .Select(f => new LoadBalancerFrontend(
                    String(f, "name") ?? string.Empty,
                    Strings(f, "zones"),
                    Sub(f, "publicIPAddress", "id")))
                .ToArray();
            return new LoadBalancerRecord(resource, String(row, "sku", "name") ?? "Basic", frontends, Pools(row));
        }

        private static ApplicationGatewayRecord ApplicationGateway(JsonElement row, AzureResource resource)
        {
            var minimum = Int(row, "properties", "autoscaleConfiguration", "minCapacity")
                ?? Int(row, "properties", "sku", "capacity")
                ?? Int(row, "sku", "capacity")
                ?? 1;
            var publicIps = Array(row, "properties", "frontendIPConfigurations")
                .Select(f => Sub(f, "publicIPAddress", "id"))
                .Where(id => id != null)
                .Select(id => id!)
                .ToArray();
            return new ApplicationGatewayRecord(resource, minimum, publicIps, Pools(row), String(row, "properties", "sku", "name") ?? String(row, "sku", "name"));
        }

        /// <summary>
        /// Backend pools. A load balancer pool names its members as NIC IP configurations (backendIPConfigurations) or, for
        /// IP-based pools, in loadBalancerBackendAddresses: each an ipAddress in a virtual network, or a NIC IP
        /// configuration (networkInterfaceIPConfiguration) in newer API versions.
        /// </summary>
        private static IReadOnlyList<BackendPool> Pools(JsonElement row) =>
            Array(row, "properties", "backendAddressPools")
                .Select(p => new BackendPool(
                    String(p, "name") ?? string.Empty,
                    SubArray(p, "backendIPConfigurations").Select(c => String(c, "id"))
                        .Concat(SubArray(p, "loadBalancerBackendAddresses").Select(a => Sub(a, "networkInterfaceIPConfiguration", "id")))
                        .Where(i => i != null).Select(i => i!).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                    SubArray(p, "backendAddresses")
                        // Older API versions list a v1 gateway's backends as bare address strings.
                        .Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : String(a, "fqdn") ?? String(a, "ipAddress"))
                        .Where(a => !string.IsNullOrEmpty(a))
                        .Select(a => a!)
                        .ToArray(),
                    SubArray(p, "loadBalancerBackendAddresses")
                        .Where(a => Sub(a, "networkInterfaceIPConfiguration", "id") == null)
                        .Select(a => Sub(a, "ipAddress"))
                        .Where(a => !string.IsNullOrEmpty(a))
                        .Select(a => a!)
                        .ToArray()))
                .ToArray();

        private static FailoverGroupRecord FailoverGroup(JsonElement row, AzureResource resource) =>
            new FailoverGroupRecord(
                resource,
                Strings(row, "properties", "databases"),
                Array(row, "properties", "partnerServers")
                    .Select(p => Location(String(p, "location")))
                    .Where(l => l != null)
                    .Select(l => l!)
                    .ToArray(),
                string.Equals(String(row, "properties", "readWriteEndpoint", "failoverPolicy"), "Automatic", StringComparison.OrdinalIgnoreCase));

        private static RedisRecord Redis(JsonElement row, AzureResource resource)
        {
            var sku = String(row, "properties", "sku", "name") ?? String(row, "sku", "name") ?? "Standard";
            var basic = string.Equals(sku, "Basic", StringComparison.OrdinalIgnoreCase);
            var replicas = Int(row, "properties", "replicasPerPrimary") ?? Int(row, "properties", "replicasPerMaster") ?? (basic ? 0 : 1);
            return new RedisRecord(resource, sku, basic ? 0 : replicas, String(row, "properties", "zonalAllocationPolicy"));
        }

        private static CosmosAccountRecord Cosmos(JsonElement row, AzureResource resource)
        {
            var locations = Array(row, "properties", "locations")
                .Select(l => new CosmosLocation(
                    Location(String(l, "locationName")) ?? resource.Location,
                    Int(l, "failoverPriority") ?? 0,
                    Bool(l, "isZoneRedundant")))
                .OrderBy(l => l.FailoverPriority)
                .ToArray();
            return new CosmosAccountRecord(
                resource,
                locations,
                Bool(row, "properties", "enableAutomaticFailover"),
                Bool(row, "properties", "enableMultipleWriteLocations"));
        }

        private static KubernetesClusterRecord Kubernetes(JsonElement row, AzureResource resource) =>
            new KubernetesClusterRecord(
                resource,
                Array(row, "properties", "agentPoolProfiles")
                    .Select(p => new NodePool(String(p, "name") ?? "pool", Int(p, "count") ?? 0, Strings(p, "availabilityZones")))
                    .ToArray(),
                String(row, "properties", "powerState", "code"));

        private static WebAppRecord WebApp(JsonElement row, AzureResource resource)
        {
            var hostNames = new List<string>();
            var defaultHost = String(row, "properties", "defaultHostName");
            if (!string.IsNullOrEmpty(defaultHost))
            {
                hostNames.Add(defaultHost!);
            }

            hostNames.AddRange(Strings(row, "properties", "hostNames").Where(h => !hostNames.Contains(h, StringComparer.OrdinalIgnoreCase)));
            return new WebAppRecord(resource, String(row, "properties", "serverFarmId"), hostNames);
        }

        private static GlobalFrontRecord FrontDoorClassic(JsonElement row, AzureResource resource) =>
            new GlobalFrontRecord(
                resource,
                "frontdoor",
                Array(row, "properties", "backendPools")
                    .Select(p => new OriginGroup(
                        String(p, "name") ?? string.Empty,
                        SubArray(p, "backends")
                            .Where(b => !string.Equals(String(b, "enabledState"), "Disabled", StringComparison.OrdinalIgnoreCase))
                            .Select(b => new Origin(null, String(b, "address")))
                            .ToArray()))
                    .ToArray());

        private static GlobalFrontRecord TrafficManager(JsonElement row, AzureResource resource)
        {
            var origins = Array(row, "properties", "endpoints")
                .Where(e => !string.Equals(Sub(e, "endpointStatus"), "Disabled", StringComparison.OrdinalIgnoreCase))
                .Select(e => new Origin(Sub(e, "targetResourceId"), Sub(e, "target")))
                .ToArray();
            return new GlobalFrontRecord(resource, "trafficmanager", new[] { new OriginGroup("endpoints", origins) });
        }

        private void AddOrigin(JsonElement row, string id)
        {
            if (string.Equals(String(row, "properties", "enabledState"), "Disabled", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            var marker = id.LastIndexOf("/origins/", StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
            {
                return;
            }

            var group = id.Substring(0, marker);
            if (group.IndexOf("/origingroups/", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return;
            }

            if (!_originsByGroup.TryGetValue(group, out var origins))
            {
                origins = new List<Origin>();
                _originsByGroup.Add(group, origins);
            }

            origins.Add(new Origin(String(row, "properties", "azureOrigin", "id"), String(row, "properties", "hostName")));
        }

        /// <summary>A sub-resource's value: ARM nests it under "properties"; some exports flatten it.</summary>
        private static string? Sub(JsonElement item, params string[] path) =>
            String(item, new[] { "properties" }.Concat(path).ToArray()) ?? String(item, path);

        private static IEnumerable<JsonElement> SubArray(JsonElement item, string name)
        {
            var nested = Array(item, "properties", name).ToArray();
            return nested.Length > 0 ? nested : Array(item, name);
        }

        private static string LastSegment(string id)
        {
            var parts = id.TrimEnd('/').Split('/');
            return parts[parts.Length - 1];
        }

        private static string? Segment(string id, string key)
        {
            var parts = id.Split('/');
            for (var i = 0; i + 1 < parts.Length; i++)
            {
                if (string.Equals(parts[i], key, StringComparison.OrdinalIgnoreCase))
                {
                    return parts[i + 1];
                }
            }

            return null;
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
    }
}
