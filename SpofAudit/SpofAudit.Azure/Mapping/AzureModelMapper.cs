using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Azure.Inventory;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// Maps an <see cref="AzureInventory"/> to the core's model through <see cref="ModelBuilder"/>, so a live or
    /// exported inventory is validated by the same rules as a YAML file. See docs/azure.md for the mapping table.
    /// </summary>
    /// <remarks>
    /// Placement: zones "1".."3" become region-qualified zones; a resource without zones lives in its region's
    /// pseudo-zone (<see cref="ZoneNames"/>); a zone-redundant service is a zonal managed service over its zones
    /// (down only when all are); a regional service fails with its region. Availability-set fault domains are
    /// shared-fate domains <c>set-fdN</c>. Geo-replicated data (GRS/GZRS storage, SQL failover groups, Cosmos DB
    /// regions) becomes one instance per region, with the standby and replication Azure gives it.
    /// Edges Azure itself records: load balancer and application gateway backend pools, web app to plan,
    /// AKS cluster to node pools, Front Door and Traffic Manager to origins (any one origin of a group will do).
    /// Anything else comes from the <c>spof:dependsOn</c> tag or an overlay.
    /// </remarks>
    public sealed class AzureModelMapper
    {
        private readonly ISpofHost _host;
        private readonly ZoneNames _zones = new ZoneNames();
        private readonly ComponentNames _names = new ComponentNames();
        /// <summary>Components that face users (a public load balancer or gateway, a global front door), and how.</summary>
        private readonly Dictionary<string, string> _userFacing = new Dictionary<string, string>(StringComparer.Ordinal);
        /// <summary>Components that never serve users on their own (replicas, members of a group), and what they are.</summary>
        private readonly Dictionary<string, string> _notOnTheirOwn = new Dictionary<string, string>(StringComparer.Ordinal);
        /// <summary>Components left out because nothing of them runs (a deallocated VM, a scale set of capacity 0), and why.</summary>
        private readonly Dictionary<string, string> _notRunning = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly List<(ComponentSpec Spec, AzureResource Resource, List<DependencySpec> DependsOn)> _components =
            new List<(ComponentSpec Spec, AzureResource Resource, List<DependencySpec> DependsOn)>();

        public AzureModelMapper(ISpofHost host)
        {
            _host = host ?? throw new ArgumentNullException(nameof(host));
        }

        /// <summary>What the mapping could not interpret (a state it does not know, backends it cannot match); each
        /// becomes a warning and an incomplete entry.</summary>
        public List<IncompleteRead> Incomplete { get; } = new List<IncompleteRead>();

        /// <summary>
        /// The entrypoints to use when no overlay names them (<see cref="DiscoveredEntrypoints"/>): Front Door, Traffic
        /// Manager, load balancers and application gateways with a public IP face users; SQL secondaries and AKS-managed
        /// scale sets never serve users on their own. Set by <see cref="AddTo"/>.
        /// </summary>
        public DiscoveredEntrypoints? Entrypoints { get; private set; }

        /// <summary>How many components the inventory gave.</summary>
        public int ComponentCount => _components.Count;

        /// <summary>Adds the inventory's components, regions and owners to <paramref name="builder"/>.</summary>
        public void AddTo(AzureInventory inventory, ModelBuilder builder)
        {
            if (inventory == null)
            {
                throw new ArgumentNullException(nameof(inventory));
            }

            var scaleSetMembers = new HashSet<string>(
                inventory.VirtualMachines.Where(v => v.ScaleSetId != null).Select(v => v.Resource.Id), StringComparer.OrdinalIgnoreCase);
            var standaloneVms = inventory.VirtualMachines.Where(v => !scaleSetMembers.Contains(v.Resource.Id)).ToArray();
            _names.Assign(
                standaloneVms.Select(v => v.Resource)
                    .Concat(inventory.ScaleSets.Select(s => s.Resource))
                    .Concat(inventory.LoadBalancers.Select(l => l.Resource))
                    .Concat(inventory.ApplicationGateways.Select(a => a.Resource))
                    .Concat(inventory.SqlDatabases.Select(d => d.Resource))
                    .Concat(inventory.StorageAccounts.Select(s => s.Resource))
                    .Concat(inventory.RedisCaches.Select(r => r.Resource))
                    .Concat(inventory.CosmosAccounts.Select(c => c.Resource))
                    .Concat(inventory.KubernetesClusters.Select(k => k.Resource))
                    .Concat(inventory.AppServicePlans.Select(p => p.Resource))
                    .Concat(inventory.WebApps.Select(w => w.Resource))
                    .Concat(inventory.KeyVaults.Select(k => k.Resource))
                    .Concat(inventory.GlobalFronts.Select(f => f.Resource)));

            var network = new NetworkIndex(inventory, _names);
            MapVirtualMachines(standaloneVms, inventory);
            foreach (var scaleSet in inventory.ScaleSets)
            {
                if (scaleSet.Capacity <= 0)
                {
                    // A scale set scaled to zero runs nothing: it is no backend and no component (zero instances).
                    _notRunning.Add(_names[scaleSet.Resource], "has capacity 0");
                    _host.WriteWarning($"{scaleSet.Resource.Name}: scale set with capacity 0 runs no instance; it is left out of the audit and counts as no backend.");
                    continue;
                }

                var spec = Spec(scaleSet.Resource, "vm-scale-set");
                if (scaleSet.Resource.Tags.Keys.Any(k => k.StartsWith("aks-managed-", StringComparison.OrdinalIgnoreCase)))
                {
                    // AKS tags the scale sets of its node pools; the pool is audited through its cluster.
                    _notOnTheirOwn[spec.Name] = "an AKS node pool's scale set";
                }

                spec.InstanceCount = scaleSet.Capacity;
                spec.Zones = Names(_zones.ZonesOrUnzoned(scaleSet.Resource.Location, scaleSet.Resource.Zones));
                Add(spec, scaleSet.Resource);
            }

            foreach (var loadBalancer in inventory.LoadBalancers)
            {
                MapLoadBalancer(loadBalancer, network);
            }

            foreach (var gateway in inventory.ApplicationGateways)
            {
                var spec = Spec(gateway.Resource, "application-gateway");
                // "Azure Application Gateways are always deployed in a highly available fashion ... even if autoscale is
                // configured with zero minimum instances the service will still be highly available"
                // (learn.microsoft.com/azure/application-gateway/application-gateway-autoscaling-zone-redundant): a v2
                // gateway keeps two instances whatever its minimum. A v1 gateway runs the capacity it is given.
                spec.InstanceCount = gateway.IsV2 ? Math.Max(2, gateway.MinCapacity) : Math.Max(1, gateway.MinCapacity);
                spec.Zones = Names(_zones.ZonesOrUnzoned(gateway.Resource.Location, gateway.Resource.Zones));
                if (gateway.PublicIpIds.Count > 0)
                {
                    _userFacing[spec.Name] = "public application gateway";
                }

                Add(spec, gateway.Resource, Pools(gateway.Resource, gateway.BackendPools, network));
            }

            MapSql(inventory);
            foreach (var storage in inventory.StorageAccounts)
            {
                MapStorage(storage);
            }

            foreach (var redis in inventory.RedisCaches)
            {
                var spec = Spec(redis.Resource, "redis");
                spec.InstanceCount = 1 + redis.ReplicasPerPrimary;
                spec.Zones = Names(RedisZones(redis));
                Add(spec, redis.Resource);
            }

            foreach (var cosmos in inventory.CosmosAccounts)
            {
                MapCosmos(cosmos);
            }

            foreach (var cluster in inventory.KubernetesClusters)
            {
                MapKubernetes(cluster);
            }

            foreach (var plan in inventory.AppServicePlans)
            {
                var spec = Spec(plan.Resource, "app-service-plan");
                spec.InstanceCount = Math.Max(1, plan.Capacity);
                spec.Zones = Names(plan.ZoneRedundant
                    ? _zones.AllZones(plan.Resource.Location)
                    : _zones.ZonesOrUnzoned(plan.Resource.Location, plan.Resource.Zones));
                Add(spec, plan.Resource);
            }

            foreach (var app in inventory.WebApps)
            {
                // The app's own front ends are regional; its workers are the plan's instances.
                var spec = Regional(app.Resource, "web-app");
                var plan = _names.ById(app.PlanId);
                Add(spec, app.Resource, plan == null ? new List<DependencySpec>() : new List<DependencySpec> { DependencySpec.On(new NameReference(plan)) });
            }

            foreach (var vault in inventory.KeyVaults)
            {
                Add(Regional(vault.Resource, "key-vault"), vault.Resource);
            }

            foreach (var front in inventory.GlobalFronts)
            {
                MapGlobalFront(front, network);
            }

            Finish(builder);
        }

        private void MapVirtualMachines(IReadOnlyList<VirtualMachineRecord> vms, AzureInventory inventory)
        {
            var faultDomains = FaultDomains.Assign(vms, inventory.AvailabilitySets);
            foreach (var vm in vms)
            {
                if (!IsRunning(vm))
                {
                    _notRunning.Add(_names[vm.Resource], "is " + vm.PowerState);
                    _host.WriteWarning($"{vm.Resource.Name}: VM is {vm.PowerState}, not running; it is left out of the audit and counts as no backend.");
                    continue;
                }

                var spec = Spec(vm.Resource, "vm");
                spec.Zones = Names(_zones.ZonesOrUnzoned(vm.Resource.Location, vm.Resource.Zones));
                if (faultDomains.TryGetValue(vm.Resource.Id, out var domain))
                {
                    spec.Domains = new[] { new NameReference(domain) };
                }

                Add(spec, vm.Resource);
            }
        }

        /// <summary>
        /// Power states of the Compute API (learn.microsoft.com/azure/virtual-machines/states-billing): starting and running
        /// serve; stopping, stopped (allocated, not running), deallocating and deallocated do not. No state in the data
        /// (most exports) reads as running; a state not in that list is a warning and an incomplete entry, and reads as running.
        /// </summary>
        private bool IsRunning(VirtualMachineRecord vm)
        {
            switch (vm.PowerState)
            {
                case null:
                case "running":
                case "starting":
                    return true;
                case "stopped":
                case "stopping":
                case "deallocated":
                case "deallocating":
                    return false;
                default:
                    Incomplete.Add(new IncompleteRead(
                        null, vm.Resource.Id, "powerState",
                        $"{vm.Resource.Name}: power state '{vm.PowerState}' is not one SpofAudit knows; the VM is audited as running"));
                    return true;
            }
        }

        private void MapLoadBalancer(LoadBalancerRecord loadBalancer, NetworkIndex network)
        {
            // A Basic load balancer has no zone support; a Standard one is as zonal as its frontends.
            var basic = string.Equals(loadBalancer.Sku, "Basic", StringComparison.OrdinalIgnoreCase);
            var frontendZones = loadBalancer.Frontends.Select(network.FrontendZones).ToArray();
            var zones = basic || frontendZones.Length == 0 || frontendZones.Any(z => z.Count == 0)
                ? Array.Empty<string>()
                : frontendZones.SelectMany(z => z).Distinct(StringComparer.Ordinal).ToArray();
            var spec = Spec(loadBalancer.Resource, "loadbalancer");
            spec.Scope = ComponentScope.Zonal;
            spec.Zones = Names(_zones.ZonesOrUnzoned(loadBalancer.Resource.Location, zones));
            if (loadBalancer.Frontends.Any(f => f.PublicIpId != null))
            {
                _userFacing[spec.Name] = "public load balancer";
            }

            var uncertain = basic ? null : loadBalancer.Frontends.Select(f => network.UncertainZones(f, loadBalancer.Resource.Location)).FirstOrDefault(u => u != null);
            if (uncertain != null)
            {
                // Audited in one undisclosed zone (the conservative reading); the zone finding says it may be wrong, and why.
                var why = uncertain + ": created through a network API before 2020-08-01 it is zone-redundant, after it lives in one zone, and the data cannot tell which "
                    + "(azure.microsoft.com/updates/zone-behavior-change); it is audited as in one zone";
                var tags = spec.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
                tags[SpofAudit.Findings.Recommendations.UncertainTag] = why;
                spec.Tags = tags;
                _host.WriteWarning($"{loadBalancer.Resource.Name}: {why}.");
            }
            Add(spec, loadBalancer.Resource, Pools(loadBalancer.Resource, loadBalancer.BackendPools, network));
        }

        private List<DependencySpec> Pools(AzureResource owner, IReadOnlyList<BackendPool> pools, NetworkIndex network)
        {
            var dependencies = new List<DependencySpec>();
            foreach (var pool in pools)
            {
                var listed = network.PoolMembers(pool, out var unresolved).Concat(network.PoolMembersByIp(pool, out var unmatched)).Distinct(StringComparer.Ordinal).ToList();
                foreach (var address in unresolved)
                {
                    _host.WriteVerbose($"{owner.Name}: backend '{address}' of pool '{pool.Name}' is not a resource in the inventory; it is assumed to be up.");
                }

                if (unmatched.Count > 0)
                {
                    // An IP-based pool (loadBalancerBackendAddresses; AKS puts its node IPs there) names bare addresses;
                    // only az vm list -d exports carry the private IPs that match them to VMs.
                    Incomplete.Add(new IncompleteRead(
                        null, owner.Id, $"backend pool {pool.Name}",
                        $"{owner.Name}: backend pool '{pool.Name}' lists {unmatched.Count} IP address(es) ({string.Join(", ", unmatched.Take(5))}{(unmatched.Count > 5 ? ", ..." : string.Empty)}) that match no VM in the data (an IP-based pool); they are assumed up"));
                }

                var members = listed.Where(m => !_notRunning.ContainsKey(m)).ToArray();
                if (members.Length == 0 && listed.Count > 0 && unresolved.Count == 0 && unmatched.Count == 0)
                {
                    Incomplete.Add(new IncompleteRead(
                        null, owner.Id, $"backend pool {pool.Name}",
                        $"{owner.Name}: backend pool '{pool.Name}' has no running backend ({string.Join(", ", listed.Select(m => $"{m} {_notRunning[m]}"))}): it serves nothing from this pool now"));
                }

                var dependency = Group(members);
                if (dependency != null)
                {
                    dependencies.Add(dependency);
                }
            }

            return dependencies;
        }

        private void MapSql(AzureInventory inventory)
        {
            var pools = inventory.ElasticPools.ToDictionary(p => p.Resource.Id, p => p.ZoneRedundant, StringComparer.OrdinalIgnoreCase);
            var groups = new Dictionary<string, FailoverGroupRecord>(StringComparer.OrdinalIgnoreCase);
            foreach (var group in inventory.FailoverGroups)
            {
                foreach (var database in group.DatabaseIds)
                {
                    groups[database.TrimEnd('/')] = group;
                }
            }

            foreach (var database in inventory.SqlDatabases)
            {
                var zoneRedundant = database.ZoneRedundant
                    || (database.ElasticPoolId != null && pools.TryGetValue(database.ElasticPoolId, out var poolRedundant) && poolRedundant);
                if (groups.TryGetValue(database.Resource.Id, out var group) && group.PartnerLocations.Count > 0)
                {
                    var spec = Spec(database.Resource, "sql-database");
                    var instances = new List<InstanceSpec> { RegionInstance(spec.Name, database.Resource.Location, zoneRedundant) };
                    instances.AddRange(group.PartnerLocations.Select(location => RegionInstance(spec.Name, location, zoneRedundant: false)));
                    spec.Instances = instances;
                    spec.Standby = new Standby(StandbyMode.Hot, group.AutomaticFailover ? FailoverMode.Automatic : FailoverMode.Manual);
                    spec.Replication = ReplicationMode.Async;
                    Add(spec, database.Resource);
                }
                else
                {
                    var spec = Managed(database.Resource, "sql-database", zoneRedundant);
                    if (database.IsSecondary)
                    {
                        _notOnTheirOwn[spec.Name] = "a geo-secondary or named replica";
                    }

                    Add(spec, database.Resource);
                }
            }
        }

        private void MapStorage(StorageAccountRecord storage)
        {
            var sku = storage.Sku.ToUpperInvariant();
            var zoneRedundant = sku.EndsWith("ZRS", StringComparison.Ordinal);
            var geo = sku.EndsWith("GRS", StringComparison.Ordinal) || sku.EndsWith("GZRS", StringComparison.Ordinal);
            if (!geo || storage.SecondaryLocation == null)
            {
                if (geo)
                {
                    // az storage account create/show and trimmed exports may leave secondaryLocation out: the secondary
                    // copy exists but where is unknown, so only the primary is audited, and the report says so.
                    Incomplete.Add(new IncompleteRead(
                        null, storage.Resource.Id, "properties.secondaryLocation",
                        $"{storage.Resource.Name}: {storage.Sku} keeps a copy in a secondary region the data does not name (no secondaryLocation); only the primary copy in {storage.Resource.Location} is audited"));
                }

                Add(Managed(storage.Resource, "storage", zoneRedundant), storage.Resource);
                return;
            }

            // GRS keeps an LRS copy in the primary region, GZRS a ZRS copy; both replicate asynchronously to the
            // secondary region, which takes over only when someone fails the account over (RA- makes it readable).
            var spec = Spec(storage.Resource, "storage");
            spec.Instances = new[]
            {
                RegionInstance(spec.Name, storage.Resource.Location, sku.EndsWith("GZRS", StringComparison.Ordinal)),
                RegionInstance(spec.Name, storage.SecondaryLocation, zoneRedundant: false),
            };
            spec.Standby = new Standby(sku.Contains("RAG") ? StandbyMode.Hot : StandbyMode.Warm, FailoverMode.Manual);
            spec.Replication = ReplicationMode.Async;
            Add(spec, storage.Resource);
        }

        /// <summary>
        /// Redis API 2024-11-01 (redis.json, zonalAllocationPolicy): "Automatic" enables zone redundancy, Azure choosing the
        /// zones, and is the default in regions with zones when no zones are given; "UserDefined" uses "zones"; "NoZones"
        /// makes a non-zonal cache. So an Automatic cache without "zones" spreads over its region's zones where there are
        /// zones (Basic has a single node and no zones at all).
        /// </summary>
        private IReadOnlyList<string> RedisZones(RedisRecord redis)
        {
            var location = redis.Resource.Location;
            var policy = redis.ZonalAllocationPolicy;
            if (redis.Resource.Zones.Count > 0 || policy == null || string.Equals(policy, "NoZones", StringComparison.OrdinalIgnoreCase)
                || string.Equals(policy, "UserDefined", StringComparison.OrdinalIgnoreCase))
            {
                return _zones.ZonesOrUnzoned(location, redis.Resource.Zones);
            }

            if (string.Equals(policy, "Automatic", StringComparison.OrdinalIgnoreCase))
            {
                return redis.ReplicasPerPrimary > 0 && ZoneRegions.HasZones(location) ? _zones.AllZones(location) : new[] { _zones.Unzoned(location) };
            }

            Incomplete.Add(new IncompleteRead(
                null, redis.Resource.Id, "properties.zonalAllocationPolicy",
                $"{redis.Resource.Name}: zonalAllocationPolicy '{policy}' is not one SpofAudit knows (Automatic, UserDefined, NoZones); the cache is audited as placed in no zone"));
            return new[] { _zones.Unzoned(location) };
        }

        private void MapCosmos(CosmosAccountRecord cosmos)
        {
            var locations = cosmos.Locations.Count > 0 ? cosmos.Locations : new[] { new CosmosLocation(cosmos.Resource.Location, 0, false) };
            if (locations.Count == 1)
            {
                // The account resource's "location" is where ARM keeps its metadata; the data lives in the regions of
                // "locations" (Cosmos DB REST API, DatabaseAccountGetResults.locations), so that region is the one to lose.
                var data = cosmos.Resource with { Location = locations[0].Location };
                Add(Managed(data, "cosmosdb", locations[0].ZoneRedundant), cosmos.Resource);
                return;
            }

            var spec = Spec(cosmos.Resource, "cosmosdb");
            spec.Instances = locations.Select(l => RegionInstance(spec.Name, l.Location, l.ZoneRedundant)).ToArray();
            if (!cosmos.MultipleWriteLocations)
            {
                spec.Standby = new Standby(StandbyMode.Hot, cosmos.AutomaticFailover ? FailoverMode.Automatic : FailoverMode.Manual);
            }

            spec.Replication = ReplicationMode.Async;
            Add(spec, cosmos.Resource);
        }

        private void MapKubernetes(KubernetesClusterRecord cluster)
        {
            var spec = Regional(cluster.Resource, "kubernetes");
            var dependencies = new List<DependencySpec>();
            // A stopped cluster (az aks stop) keeps its pools' counts but runs no node; a pool of count 0 (a user pool
            // the autoscaler took to zero) runs none either. Such pools add no instance; a cluster left with none can run
            // nothing, which the report must say rather than show a healthy cluster.
            var stopped = string.Equals(cluster.PowerState, "Stopped", StringComparison.OrdinalIgnoreCase);
            var empty = cluster.NodePools.Where(p => stopped || p.Count <= 0).Select(p => p.Name).ToArray();
            foreach (var pool in empty)
            {
                _host.WriteVerbose($"{cluster.Resource.Name}: node pool '{pool}' runs no node{(stopped ? " (the cluster is stopped)" : " (count 0)")}; it is left out of the audit.");
            }

            // No pool listed at all means the row lacks its properties, which the reader already reports.
            if (empty.Length == cluster.NodePools.Count && (stopped || cluster.NodePools.Count > 0))
            {
                Incomplete.Add(new IncompleteRead(
                    null, cluster.Resource.Id, "agentPoolProfiles",
                    $"{cluster.Resource.Name}: {(stopped ? "the cluster is stopped" : "every node pool has 0 nodes")}, so it runs no node and can serve nothing now; the audit shows its control plane only"));
            }

            foreach (var pool in cluster.NodePools.Where(p => !empty.Contains(p.Name)))
            {
                var name = _names.AddChild($"{cluster.Resource.Id}/agentPools/{pool.Name}", $"{spec.Name}-{pool.Name}");
                var poolSpec = new ComponentSpec(name, new SourceLocation($"{cluster.Resource.Id}/agentPools/{pool.Name}", 0, 0))
                {
                    Origin = ComponentOrigin.OfResources(new[] { $"{cluster.Resource.Id}/agentPools/{pool.Name}" }),
                    Kind = "kubernetes-node-pool",
                    Role = ResourceRoles.Of("kubernetes-node-pool"),
                    InstanceCount = pool.Count,
                    Zones = Names(_zones.ZonesOrUnzoned(cluster.Resource.Location, pool.Zones)),
                    Region = new NameReference(cluster.Resource.Location),
                    Tags = spec.Tags,
                };
                Add(poolSpec, cluster.Resource, null, tagsApply: false);
                dependencies.Add(DependencySpec.On(new NameReference(name)));
            }

            Add(spec, cluster.Resource, dependencies);
        }

        private void MapGlobalFront(GlobalFrontRecord front, NetworkIndex network)
        {
            var spec = new ComponentSpec(_names[front.Resource], Where(front.Resource)) { Kind = front.Kind, Role = ResourceRoles.Of(front.Kind), Scope = ComponentScope.Global, Tags = Tags(front.Resource) };
            _userFacing[spec.Name] = front.Kind == "trafficmanager" ? "Traffic Manager" : "Front Door";
            var dependencies = new List<DependencySpec>();
            foreach (var group in front.OriginGroups)
            {
                var members = new List<string>();
                foreach (var origin in group.Origins)
                {
                    var member = _names.ById(origin.ResourceId) ?? network.ByHost(origin.HostName);
                    if (member == null)
                    {
                        _host.WriteVerbose($"{front.Resource.Name}: origin '{origin.HostName ?? origin.ResourceId}' of '{group.Name}' is not a resource in the inventory; it is assumed to be up.");
                    }
                    else if (!members.Contains(member))
                    {
                        members.Add(member);
                    }
                }

                var dependency = Group(members);
                if (dependency != null)
                {
                    dependencies.Add(dependency);
                }
            }

            Add(spec, front.Resource, dependencies);
        }

        private DiscoveredEntrypoints ChooseEntrypoints()
        {
            var dependedOn = new HashSet<string>(
                _components.SelectMany(c => c.DependsOn.SelectMany(d => d.Members.Select(m => m.Name))), StringComparer.Ordinal);
            return DiscoveredEntrypoints.Choose(_components.Select(c => c.Spec.Name), dependedOn, _userFacing, _notOnTheirOwn);
        }

        private void Finish(ModelBuilder builder)
        {
            var people = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (spec, resource, dependencies) in _components)
            {
                foreach (var (target, soft) in TagConventions.DependsOn(resource.Tags))
                {
                    var name = _names.Resolve(target);
                    if (name == null)
                    {
                        _host.WriteWarning($"{resource.Id}: tag {TagConventions.DependsOnTag} names '{target}', which is not a resource in the inventory; that dependency is left out.");
                    }
                    else if (name != spec.Name)
                    {
                        dependencies.Add(DependencySpec.On(new NameReference(name), soft));
                    }
                }

                spec.DependsOn = dependencies;
                // People and components share one namespace: an owner tag naming a resource cannot be a person.
                var clashing = spec.Owners.Where(o => _names.Resolve(o.Name) == o.Name).ToArray();
                foreach (var owner in clashing)
                {
                    _host.WriteWarning($"{resource.Id}: owner '{owner.Name}' is also the name of a component; that owner is left out.");
                }

                spec.Owners = spec.Owners.Except(clashing).ToArray();
                builder.AddComponent(spec);
                foreach (var owner in spec.Owners)
                {
                    if (people.Add(owner.Name))
                    {
                        builder.AddPerson(owner);
                    }
                }
            }

            Entrypoints = ChooseEntrypoints();
            _zones.AddTo(builder);
        }

        private ComponentSpec Spec(AzureResource resource, string kind) =>
            new ComponentSpec(_names[resource], Where(resource))
            {
                Kind = kind,
                Role = ResourceRoles.Of(kind),
                Region = new NameReference(resource.Location),
                Tags = Tags(resource),
            };

        private ComponentSpec Regional(AzureResource resource, string kind)
        {
            var spec = Spec(resource, kind);
            spec.Scope = ComponentScope.Regional;
            return spec;
        }

        /// <summary>A managed service: regional when zone redundant, else in the one zone it was placed in.</summary>
        private ComponentSpec Managed(AzureResource resource, string kind, bool zoneRedundant)
        {
            if (zoneRedundant)
            {
                return Regional(resource, kind);
            }

            var spec = Spec(resource, kind);
            spec.Scope = ComponentScope.Zonal;
            spec.Zones = Names(_zones.ZonesOrUnzoned(resource.Location, resource.Zones));
            return spec;
        }

        /// <summary>One regional copy of geo-replicated data: zone redundant copies fail only with their region.</summary>
        private InstanceSpec RegionInstance(string component, string region, bool zoneRedundant) =>
            new InstanceSpec($"{component}@{region}")
            {
                Region = new NameReference(region),
                Zone = zoneRedundant ? (NameReference?)null : new NameReference(_zones.Unzoned(region)),
            };

        private void Add(ComponentSpec spec, AzureResource resource, List<DependencySpec>? dependencies = null, bool tagsApply = true)
        {
            if (spec.Origin.ResourceIds.Count == 0)
            {
                spec.Origin = ComponentOrigin.OfResources(new[] { resource.Id });
            }

            if (tagsApply)
            {
                spec.Owners = TagConventions.Owners(resource.Tags).Select(o => new NameReference(o, spec.Location)).ToArray();
                spec.Criticality = TagConventions.Criticality(resource.Tags, out var invalid);
                if (invalid != null)
                {
                    _host.WriteWarning($"{resource.Id}: tag {TagConventions.CriticalityTag} is '{invalid}'; expected high, medium or low. It is ignored.");
                }
            }

            _components.Add((spec, tagsApply ? resource : resource with { Tags = ComponentSpec.NoTags }, dependencies ?? new List<DependencySpec>()));
        }

        /// <summary>A backend pool or origin group: one member is a plain dependency, several are "any of".</summary>
        private static DependencySpec? Group(IReadOnlyList<string> members) => members.Count switch
        {
            0 => null,
            1 => DependencySpec.On(new NameReference(members[0])),
            _ => DependencySpec.AnyOf(members.Select(m => new NameReference(m)).ToArray()),
        };

        private static IReadOnlyDictionary<string, string> Tags(AzureResource resource)
        {
            var tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["azure:id"] = resource.Id, ["azure:type"] = resource.Type };
            foreach (var tag in resource.Tags)
            {
                tags[tag.Key] = tag.Value;
            }

            return tags;
        }

        /// <summary>Errors about a discovered component (an overlay conflict) name the resource by its ARM id.</summary>
        private static SourceLocation Where(AzureResource resource) => new SourceLocation(resource.Id, 0, 0);

        private static IReadOnlyList<NameReference> Names(IReadOnlyList<string> names) => names.Select(n => new NameReference(n)).ToArray();
    }
}
