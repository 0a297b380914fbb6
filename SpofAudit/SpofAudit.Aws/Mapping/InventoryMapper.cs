using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// The one mapping from an <see cref="AwsInventory"/> to SpofModel facts, added to a <see cref="ModelBuilder"/>
    /// so live reads, exports and overlays all end in the same validated model. docs/aws.md tabulates the rules.
    /// </summary>
    public sealed class InventoryMapper
    {
        private static readonly HashSet<string> LiveInstanceStates = new HashSet<string>(StringComparer.Ordinal) { "pending", "running" };
        private static readonly HashSet<string> GoneDbStates = new HashSet<string>(StringComparer.Ordinal) { "deleting", "stopped", "stopping", "failed" };

        // EC2 API reference, InstanceState: the six states an instance can be in.
        private static readonly HashSet<string> KnownInstanceStates = new HashSet<string>(StringComparer.Ordinal)
        {
            "pending", "running", "shutting-down", "terminated", "stopping", "stopped",
        };

        // RDS User Guide, "Viewing Amazon RDS DB instance status": states in which the instance serves as usual.
        // Any other (storage-full, incompatible-*, inaccessible-encryption-credentials...) is impaired or unknown.
        private static readonly HashSet<string> ServingDbStates = new HashSet<string>(StringComparer.Ordinal)
        {
            "available", "backing-up", "configuring-enhanced-monitoring", "configuring-iam-database-auth", "configuring-log-exports",
            "converting-to-vpc", "creating", "maintenance", "modifying", "moving-to-vpc", "rebooting", "renaming",
            "resetting-master-credentials", "starting", "storage-optimization", "upgrading", "storage-config-upgrade",
        };

        private readonly ISpofHost _host;

        // Parts the mapping found missing (a NAT instance, DB cluster members, Auto Scaling instances not read).
        private readonly List<InventoryGap> _mappingGaps = new List<InventoryGap>();
        private readonly HashSet<string> _warnedNatInstances = new HashSet<string>(StringComparer.Ordinal);

        public InventoryMapper(ISpofHost host)
        {
            _host = host ?? throw new ArgumentNullException(nameof(host));
        }

        /// <summary>
        /// Adds the inventory's components, regions, owners and source line. Returns the entrypoints the account
        /// suggests (<see cref="EntrypointChoice"/>), for the caller to add when no overlay names others.
        /// </summary>
        /// <exception cref="SpofInputException">A zone lies outside the region its resource is in.</exception>
        public MappedInventory AddTo(AwsInventory inventory, ModelBuilder builder)
        {
            if (inventory == null)
            {
                throw new ArgumentNullException(nameof(inventory));
            }

            if (builder == null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            _mappingGaps.Clear();
            _warnedNatInstances.Clear();
            var drafts = new List<ComponentDraft>();
            var routing = new NatRouting(inventory);
            var instanceDrafts = AddInstanceGroups(inventory, drafts);
            AddNatDependencies(inventory, routing, instanceDrafts, drafts);
            var serviceTargets = new ComputeServiceMapping(inventory, routing, _host, _mappingGaps).Add(drafts);
            var balancers = AddLoadBalancers(inventory, instanceDrafts, serviceTargets, drafts);
            var classic = ClassicBalancerMapping.Add(inventory, instanceDrafts, drafts, _host);
            AddDatabases(inventory, drafts);
            AddCaches(inventory, drafts);
            CacheClusterMapping.Add(inventory, drafts, _host, _mappingGaps);
            AssignNames(drafts);
            if (inventory.ExportFiles.Count > 0)
            {
                // Live reads ask each region's own endpoint, so their zones are that region's; exports can mix.
                ZonePlacement.CheckZonesInRegions(drafts);
            }

            var source = SourceOf(inventory);
            builder.AddSource(source);
            foreach (var unmapped in inventory.UnmappedOutputs)
            {
                _host.WriteWarning($"{unmapped.File} holds the output of {unmapped.Command} ({unmapped.Count} item(s)), which SpofAudit does not map yet: the model leaves those resources out.");
                builder.AddUnread(new UnreadPart(source, unmapped.File, unmapped.IamAction, "not mapped by SpofAudit", $"{unmapped.Command} in {unmapped.File}: not mapped by SpofAudit", "NotMapped"));
            }

            var gaps = inventory.Gaps.Concat(_mappingGaps).ToArray();
            foreach (var gap in gaps)
            {
                builder.AddUnread(new UnreadPart(source, gap.Region, gap.IamAction, gap.Reason, gap.ToString(), gap.Code));
            }

            AddRegions(inventory, drafts, builder);
            foreach (var owner in drafts.SelectMany(d => d.Tags).SelectMany(TagConventions.Owners).Distinct(StringComparer.Ordinal))
            {
                builder.AddPerson(new NameReference(owner));
            }

            // With parts of the account unread, a tag may name a component that would have been discovered:
            // leaving that dependency out (with a warning) keeps the audit going, as a denied call should.
            var discovered = new HashSet<string>(drafts.Select(d => d.Name), StringComparer.Ordinal);
            Func<string, bool> keep = gaps.Length == 0 ? (Func<string, bool>)(_ => true) : name => discovered.Contains(name);
            foreach (var draft in drafts)
            {
                builder.AddComponent(ToSpec(draft, keep, _host));
            }

            var userFacing = balancers.Where(b => b.Balancer.IsInternetFacing).Select(b => b.Draft)
                .Concat(classic.Where(b => b.Balancer.IsInternetFacing).Select(b => b.Draft))
                .ToArray();
            return new MappedInventory(drafts.Count, EntrypointChoice.Choose(drafts, userFacing));
        }

        /// <summary>The model's source: the account and regions read live, or the export files read.</summary>
        public static InventorySource SourceOf(AwsInventory inventory)
        {
            var description = $"aws account {inventory.Account ?? "(unknown)"}, regions {string.Join(", ", inventory.Regions)}";
            return inventory.ExportFiles.Count > 0
                ? new InventorySource(InventorySourceKind.ExportFile, description, inventory.ExportFiles.ToArray(), inventory.Account)
                : new InventorySource(InventorySourceKind.AwsAccount, description, inventory.Regions.ToArray(), inventory.Account);
        }

        private Dictionary<string, ComponentDraft> AddInstanceGroups(AwsInventory inventory, List<ComponentDraft> drafts)
        {
            var groupOfInstance = new Dictionary<string, AutoScalingGroup>(StringComparer.Ordinal);
            foreach (var group in inventory.AutoScalingGroups)
            {
                foreach (var id in group.InstanceIds)
                {
                    groupOfInstance[id] = group;
                }
            }

            var byKey = new Dictionary<string, ComponentDraft>(StringComparer.Ordinal);
            var instanceDrafts = new Dictionary<string, ComponentDraft>(StringComparer.Ordinal);
            foreach (var instance in inventory.Instances)
            {
                if (!LiveInstanceStates.Contains(instance.State))
                {
                    if (!KnownInstanceStates.Contains(instance.State))
                    {
                        _host.WriteWarning($"EC2 instance {instance.InstanceId} is in state '{instance.State}', which SpofAudit does not know; it is not counted as capacity.");
                    }

                    continue;
                }

                // Grouping precedence: an explicit spof:component tag, the Auto Scaling group, the Name tag, the id.
                var explicitName = instance.Tags.Get(TagConventions.Component);
                groupOfInstance.TryGetValue(instance.InstanceId, out var asg);
                var asgName = asg?.Name ?? instance.Tags.Get("aws:autoscaling:groupName");
                var nameTag = instance.Tags.Get(TagConventions.Name);
                var (key, baseName, source) =
                    explicitName != null ? ("component:" + explicitName, explicitName, "tag/" + explicitName)
                    : asgName != null ? ($"asg:{instance.Region}:{asgName}", asgName, "autoScalingGroup/" + asgName)
                    : nameTag != null ? ($"name:{instance.Region}:{nameTag}", nameTag, "instances/" + nameTag)
                    : ("instance:" + instance.InstanceId, instance.InstanceId, "instance/" + instance.InstanceId);
                if (!byKey.TryGetValue(key, out var draft))
                {
                    draft = new ComponentDraft(baseName, instance.Region, key, instance.Tags.Get(TagConventions.Kind) ?? "ec2", $"aws:{instance.Region}:{source}");
                    if (asg != null && explicitName == null)
                    {
                        draft.Tags.Add(asg.Tags);
                        draft.Labels["aws:autoScalingGroup"] = asg.Name;
                    }

                    byKey.Add(key, draft);
                    drafts.Add(draft);
                }

                draft.ResourceIds.Add(AwsArns.Ec2Instance(inventory.Account, instance.Region, instance.InstanceId));
                draft.Instances.Add(new InstanceSpec(instance.InstanceId)
                {
                    Zone = instance.Zone == null ? (NameReference?)null : new NameReference(instance.Zone),
                    Region = new NameReference(instance.Region),
                });
                draft.Tags.Add(instance.Tags);
                instanceDrafts[instance.InstanceId] = draft;
            }

            AddGroupMembersNotRead(inventory, byKey, instanceDrafts, drafts);
            return instanceDrafts;
        }

        /// <summary>
        /// Instances an Auto Scaling group lists but describe-instances did not (an ASG-only export, or exports taken
        /// at different times): placed from the group's own record, which names each instance's zone and lifecycle
        /// state (Amazon EC2 Auto Scaling User Guide, "Instance lifecycle": only InService and Pending instances
        /// serve or are about to). Their subnets, hence their NAT routes, are unknown: a warning and an unread entry.
        /// </summary>
        private void AddGroupMembersNotRead(
            AwsInventory inventory, Dictionary<string, ComponentDraft> byKey, Dictionary<string, ComponentDraft> instanceDrafts, List<ComponentDraft> drafts)
        {
            var read = new HashSet<string>(inventory.Instances.Select(i => i.InstanceId), StringComparer.Ordinal);
            foreach (var group in inventory.AutoScalingGroups)
            {
                var missing = group.Members.Where(m => !read.Contains(m.InstanceId)).ToArray();
                if (missing.Length == 0)
                {
                    continue;
                }

                var key = $"asg:{group.Region}:{group.Name}";
                if (!byKey.TryGetValue(key, out var draft))
                {
                    draft = new ComponentDraft(group.Name, group.Region, key, "ec2", $"aws:{group.Region}:autoScalingGroup/{group.Name}");
                    draft.Tags.Add(group.Tags);
                    draft.Labels["aws:autoScalingGroup"] = group.Name;
                    byKey.Add(key, draft);
                    drafts.Add(draft);
                }

                foreach (var member in missing)
                {
                    if (!AutoScalingStates.Serving.Contains(member.LifecycleState))
                    {
                        if (!AutoScalingStates.NotServing.Contains(member.LifecycleState))
                        {
                            _host.WriteWarning($"Instance {member.InstanceId} of Auto Scaling group {group.Name} is in lifecycle state '{member.LifecycleState}', which SpofAudit does not know; it is not counted as capacity.");
                        }

                        continue;
                    }

                    draft.ResourceIds.Add(AwsArns.Ec2Instance(inventory.Account, group.Region, member.InstanceId));
                    draft.Instances.Add(new InstanceSpec(member.InstanceId)
                    {
                        Zone = member.Zone == null ? (NameReference?)null : new NameReference(member.Zone),
                        Region = new NameReference(group.Region),
                    });
                    instanceDrafts[member.InstanceId] = draft;
                }

                var ids = string.Join(", ", missing.Select(m => m.InstanceId));
                var why = inventory.Instances.Count == 0
                    ? "describe-instances was not read"
                    : "they are missing from describe-instances (read at another time?)";
                _host.WriteWarning($"Auto Scaling group {group.Name}: instance(s) {ids} placed from the group's record because {why}; their subnets and NAT routes are unknown.");
                _mappingGaps.Add(new InventoryGap(group.Region, "ec2:DescribeInstances", $"instance(s) {ids} of Auto Scaling group {group.Name}: {why}"));
            }
        }

        /// <summary>
        /// The hidden NAT SPOF: instances in private subnets reach out through their route table's NAT gateway (a
        /// zonal resource) or NAT instance. A component all of whose instances route through NAT needs at least one
        /// of those. A default route that leads nowhere (a blackhole, a NAT gateway deleted or failed) is no
        /// dependency: the subnets behind it have no outbound access at all, and a warning names them.
        /// </summary>
        private void AddNatDependencies(
            AwsInventory inventory, NatRouting routing, Dictionary<string, ComponentDraft> instanceDrafts, List<ComponentDraft> drafts)
        {
            foreach (var dead in routing.DeadDefaultRoutes(inventory))
            {
                var subnets = dead.Subnets.Count == 0 ? "no subnet read" : "subnets " + string.Join(", ", dead.Subnets);
                _host.WriteWarning($"Route table {dead.Table.RouteTableId} ({subnets}): {dead.Egress.Reason}. Those subnets have no outbound Internet access; nothing in them depends on that NAT.");
            }

            foreach (var gateway in inventory.NatGateways.Where(g => g.State != "available" && !NatRouting.DeadNatStates.Contains(g.State)))
            {
                _host.WriteWarning($"NAT gateway {gateway.NatGatewayId} is in state '{gateway.State}', which SpofAudit does not know; it is taken as carrying traffic.");
            }

            var gateways = inventory.NatGateways.GroupBy(g => g.NatGatewayId).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            var gatewayDrafts = new Dictionary<string, ComponentDraft?>(StringComparer.Ordinal);
            var instances = inventory.Instances.Where(i => instanceDrafts.ContainsKey(i.InstanceId));
            foreach (var component in instances.GroupBy(i => instanceDrafts[i.InstanceId]))
            {
                var ways = component.Select(i => routing.EgressOf(i.SubnetId, i.VpcId)).ToArray();
                if (ways.Length == 0 || ways.Any(w => w.Kind != EgressKind.NatGateway && w.Kind != EgressKind.NatInstance))
                {
                    continue; // some instance reaches out without NAT (or not at all): no NAT dependency
                }

                var needed = new List<ComponentDraft>();
                foreach (var way in ways.GroupBy(w => (w.Kind, w.TargetId)).Select(g => g.First()))
                {
                    var natDraft = way.Kind == EgressKind.NatGateway
                        ? GatewayDraft(way.TargetId!, gateways, routing, inventory.Account, gatewayDrafts, drafts)
                        : NatInstanceDraft(way.TargetId!, way.RouteTableId!, component.Key.Region, instanceDrafts);
                    if (natDraft != null && natDraft != component.Key && !needed.Contains(natDraft))
                    {
                        needed.Add(natDraft);
                    }
                }

                if (needed.Count > 0)
                {
                    component.Key.Needs.Add(needed);
                }
            }
        }

        private ComponentDraft? GatewayDraft(
            string natId, Dictionary<string, NatGateway> gateways, NatRouting routing, string? account, Dictionary<string, ComponentDraft?> made, List<ComponentDraft> drafts)
        {
            if (!made.TryGetValue(natId, out var draft))
            {
                draft = NatDraft(natId, gateways, routing, account);
                made.Add(natId, draft);
                if (draft != null)
                {
                    drafts.Add(draft);
                }
            }

            return draft;
        }

        private ComponentDraft? NatDraft(string natId, Dictionary<string, NatGateway> gateways, NatRouting routing, string? account)
        {
            if (!gateways.TryGetValue(natId, out var gateway) || routing.FindSubnet(gateway.SubnetId) is not { } subnet)
            {
                _host.WriteWarning($"NAT gateway {natId} is on a default route but was not read (or its subnet was not): its zone cannot be placed, so the model leaves it out.");
                return null;
            }

            var draft = new ComponentDraft(gateway.Tags.Get(TagConventions.Name) ?? natId, subnet.Region, natId, "natgateway", $"aws:{subnet.Region}:natGateway/{natId}", ComponentRole.NatGateway)
            {
                Scope = ComponentScope.Zonal,
            };
            draft.Zones.Add(subnet.Zone);
            draft.ResourceIds.Add(AwsArns.NatGateway(account, subnet.Region, natId));
            draft.Tags.Add(gateway.Tags);
            draft.Labels["aws:natGatewayId"] = natId;
            return draft;
        }

        /// <summary>A NAT instance is an EC2 instance like any other: the component it belongs to is what the subnet needs.</summary>
        private ComponentDraft? NatInstanceDraft(string instanceId, string routeTableId, string region, Dictionary<string, ComponentDraft> instanceDrafts)
        {
            if (instanceDrafts.TryGetValue(instanceId, out var draft))
            {
                return draft;
            }

            if (_warnedNatInstances.Add(instanceId))
            {
                _host.WriteWarning($"Route table {routeTableId} sends its default route to NAT instance {instanceId}, which is not among the running instances read: the model leaves that dependency out.");
                _mappingGaps.Add(new InventoryGap(region, "ec2:DescribeInstances", $"NAT instance {instanceId} (default route of {routeTableId}) was not read"));
            }

            return null;
        }

        private List<(LoadBalancer Balancer, ComponentDraft Draft)> AddLoadBalancers(
            AwsInventory inventory, Dictionary<string, ComponentDraft> instanceDrafts, List<(string TargetGroupArn, ComponentDraft Draft)> serviceTargets, List<ComponentDraft> drafts)
        {
            var instanceByIp = inventory.Instances
                .Where(i => i.PrivateIpAddress != null && instanceDrafts.ContainsKey(i.InstanceId))
                .GroupBy(i => i.PrivateIpAddress!)
                .ToDictionary(g => g.Key, g => g.First().InstanceId, StringComparer.Ordinal);
            var targetsOfGroup = new Dictionary<string, List<ComponentDraft>>(StringComparer.Ordinal);
            var seen = new HashSet<(string, ComponentDraft)>();
            void AddTarget(string groupArn, string instanceId)
            {
                if (!instanceDrafts.TryGetValue(instanceId, out var draft) || !seen.Add((groupArn, draft)))
                {
                    return;
                }

                if (!targetsOfGroup.TryGetValue(groupArn, out var list))
                {
                    targetsOfGroup.Add(groupArn, list = new List<ComponentDraft>());
                }

                list.Add(draft);
            }

            foreach (var target in inventory.Targets)
            {
                AddTarget(target.TargetGroupArn, instanceByIp.TryGetValue(target.Id, out var byIp) ? byIp : target.Id);
            }

            // An ECS service registers its tasks in the target groups it names.
            foreach (var (arn, draft) in serviceTargets)
            {
                if (seen.Add((arn, draft)))
                {
                    if (!targetsOfGroup.TryGetValue(arn, out var list))
                    {
                        targetsOfGroup.Add(arn, list = new List<ComponentDraft>());
                    }

                    list.Add(draft);
                }
            }

            // An Auto Scaling group registers its instances in its target groups, so it tells the targets even when
            // DescribeTargetHealth was not read.
            foreach (var group in inventory.AutoScalingGroups)
            {
                foreach (var arn in group.TargetGroupArns)
                {
                    foreach (var id in group.InstanceIds)
                    {
                        AddTarget(arn, id);
                    }
                }
            }

            // Indexed once: looking up each balancer's groups by scanning them all would be quadratic.
            var groupsOfBalancer = inventory.TargetGroups
                .SelectMany(g => g.LoadBalancerArns.Distinct(StringComparer.Ordinal).Select(arn => (Arn: arn, Group: g)))
                .ToLookup(p => p.Arn, p => p.Group, StringComparer.Ordinal);
            var result = new List<(LoadBalancer, ComponentDraft)>();
            foreach (var balancer in inventory.LoadBalancers.Where(b => b.State != "failed"))
            {
                var draft = new ComponentDraft(balancer.Name, balancer.Region, balancer.Arn, KindOf(balancer), $"aws:{balancer.Region}:loadBalancer/{balancer.Name}", ComponentRole.LoadBalancer)
                {
                    Scope = ComponentScope.Zonal,
                };
                draft.Zones.AddRange(balancer.Zones);
                draft.Labels["aws:arn"] = balancer.Arn;
                draft.ResourceIds.Add(balancer.Arn);
                foreach (var group in groupsOfBalancer[balancer.Arn])
                {
                    if (targetsOfGroup.TryGetValue(group.Arn, out var targets))
                    {
                        draft.Needs.Add(targets);
                    }
                    else
                    {
                        _host.WriteWarning($"Target group {group.Name} of load balancer {balancer.Name} has no running target SpofAudit could place; the model shows {balancer.Name} without it.");
                    }
                }

                drafts.Add(draft);
                result.Add((balancer, draft));
            }

            return result;
        }

        private static string KindOf(LoadBalancer balancer) => balancer.Type switch
        {
            "application" => "alb",
            "network" => "nlb",
            _ => "loadbalancer",
        };

        private void AddDatabases(AwsInventory inventory, List<ComponentDraft> drafts)
        {
            var live = inventory.DbInstances.Where(d => !GoneDbStates.Contains(d.Status)).ToArray();
            foreach (var db in live.Where(d => !ServingDbStates.Contains(d.Status)))
            {
                _host.WriteWarning($"DB instance {db.Identifier} is in state '{db.Status}', which is impaired or unknown to SpofAudit; it is still counted as an instance, so check it by hand.");
            }

            var byId = live.GroupBy(d => d.Identifier).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var clusters = inventory.DbClusters.ToDictionary(c => c.Identifier, StringComparer.Ordinal);

            // A cluster's members are its instances; the writer first, since the first instance is the primary.
            var memberIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var cluster in inventory.DbClusters)
            {
                memberIds[cluster.Identifier] = cluster.Members.OrderBy(m => m.IsWriter ? 0 : 1).Select(m => m.InstanceId).Distinct(StringComparer.Ordinal).ToList();
            }

            foreach (var db in live.Where(d => d.ClusterId != null))
            {
                if (!memberIds.TryGetValue(db.ClusterId!, out var ids))
                {
                    memberIds.Add(db.ClusterId!, ids = new List<string>());
                }

                if (!ids.Contains(db.Identifier))
                {
                    ids.Add(db.Identifier);
                }
            }

            foreach (var entry in memberIds)
            {
                clusters.TryGetValue(entry.Key, out var cluster);
                var members = entry.Value.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
                var region = cluster?.Region ?? members.FirstOrDefault()?.Region ?? string.Empty;
                var engine = cluster?.Engine ?? members.FirstOrDefault()?.Engine ?? "unknown";
                var draft = new ComponentDraft(entry.Key, region, "cluster:" + entry.Key, "rds " + engine, $"aws:{region}:dbCluster/{entry.Key}", ComponentRole.Database);
                draft.ResourceIds.Add(AwsArns.DbCluster(inventory.Account, region, entry.Key));

                // DBClusterMembers names every instance; describe-db-instances tells their zones. A member it does
                // not list at all (not merely stopped) is still an instance of the cluster, in an unknown zone.
                var listed = new HashSet<string>(inventory.DbInstances.Select(d => d.Identifier), StringComparer.Ordinal);
                var unread = entry.Value.Where(id => !listed.Contains(id)).ToArray();
                foreach (var id in entry.Value)
                {
                    if (byId.TryGetValue(id, out var member))
                    {
                        draft.Instances.Add(DbInstanceSpec(member.Identifier, member.Zone, member.Region));
                    }
                    else if (unread.Contains(id))
                    {
                        draft.Instances.Add(DbInstanceSpec(id, null, region));
                    }
                }

                if (unread.Length > 0)
                {
                    _host.WriteWarning($"DB cluster {entry.Key}: member instance(s) {string.Join(", ", unread)} were not read (export aws rds describe-db-instances): their zones are unknown, so no zone risk can be told for them.");
                    _mappingGaps.Add(new InventoryGap(region, "rds:DescribeDBInstances", $"member(s) {string.Join(", ", unread)} of DB cluster {entry.Key} not read: zones unknown"));
                }

                if (draft.Instances.Count == 0)
                {
                    // Aurora Serverless v1 has no DB instances: AWS places its capacity and moves it on failure
                    // (Aurora User Guide, "Aurora Serverless v1"). Any other cluster without an instance serves nothing.
                    draft.Scope = ComponentScope.Regional;
                    if (cluster?.EngineMode != "serverless")
                    {
                        _host.WriteWarning($"DB cluster {entry.Key} has no DB instance: it cannot serve queries until one is added; it is shown as a regional component.");
                    }
                }
                else if (draft.Instances.Count > 1)
                {
                    draft.Standby = new Standby(StandbyMode.Hot, FailoverMode.Automatic);
                    draft.Replication = ReplicationMode.Sync; // Aurora replicas share the cluster volume
                }

                if (cluster != null)
                {
                    draft.Tags.Add(cluster.Tags);
                }

                drafts.Add(draft);
            }

            foreach (var db in live.Where(d => d.ClusterId == null))
            {
                var draft = new ComponentDraft(db.Identifier, db.Region, "db:" + db.Identifier, "rds " + db.Engine, $"aws:{db.Region}:dbInstance/{db.Identifier}", ComponentRole.Database);
                draft.Instances.Add(DbInstanceSpec(db.Identifier, db.Zone, db.Region));
                draft.ResourceIds.Add(AwsArns.DbInstance(inventory.Account, db.Region, db.Identifier));
                if (db.MultiAz)
                {
                    // Multi-AZ: a synchronous standby in another zone, promoted automatically.
                    draft.Instances.Add(DbInstanceSpec(db.Identifier + "-standby", db.SecondaryZone, db.Region));
                    draft.Standby = new Standby(StandbyMode.Hot, FailoverMode.Automatic);
                    draft.Replication = ReplicationMode.Sync;
                }

                if (db.ReplicaSourceId != null)
                {
                    draft.Labels[EntrypointChoice.ReadReplicaLabel] = db.ReplicaSourceId;
                }

                draft.Tags.Add(db.Tags);
                drafts.Add(draft);
            }
        }

        internal static InstanceSpec DbInstanceSpec(string name, string? zone, string region) => new InstanceSpec(name)
        {
            Zone = zone == null ? (NameReference?)null : new NameReference(zone),
            Region = new NameReference(region),
        };

        private static void AddCaches(AwsInventory inventory, List<ComponentDraft> drafts)
        {
            foreach (var group in inventory.CacheReplicationGroups)
            {
                var shards = group.NodeGroups.Where(g => g.Nodes.Count > 0).ToArray();
                ComponentDraft Shard(string name, CacheNodeGroup shard)
                {
                    var draft = new ComponentDraft(name, group.Region, "cache:" + name, "elasticache", $"aws:{group.Region}:replicationGroup/{name}", ComponentRole.Cache);
                    draft.ResourceIds.Add(AwsArns.CacheReplicationGroup(inventory.Account, group.Region, group.Id));
                    foreach (var node in shard.Nodes.OrderBy(n => n.Role == "primary" ? 0 : 1))
                    {
                        draft.Instances.Add(DbInstanceSpec(node.CacheClusterId, node.Zone, group.Region));
                    }

                    if (shard.Nodes.Count > 1)
                    {
                        draft.Standby = new Standby(StandbyMode.Hot, group.AutomaticFailover ? FailoverMode.Automatic : FailoverMode.Manual);
                        draft.Replication = ReplicationMode.Async;
                    }

                    return draft;
                }

                if (shards.Length == 1)
                {
                    drafts.Add(Shard(group.Id, shards[0]));
                    continue;
                }

                // Cluster mode: every shard holds part of the keys, so the group needs each shard.
                var whole = new ComponentDraft(group.Id, group.Region, "cache:" + group.Id, "elasticache", $"aws:{group.Region}:replicationGroup/{group.Id}", ComponentRole.Cache)
                {
                    Scope = ComponentScope.Regional,
                };
                whole.ResourceIds.Add(AwsArns.CacheReplicationGroup(inventory.Account, group.Region, group.Id));
                foreach (var shard in shards)
                {
                    var shardDraft = Shard(group.Id + "/" + shard.Id, shard);
                    drafts.Add(shardDraft);
                    whole.Needs.Add(new[] { shardDraft });
                }

                drafts.Add(whole);
            }
        }

        /// <summary>Names stay as AWS has them; a name used by several resources is qualified by region, then by id.</summary>
        private static void AssignNames(List<ComponentDraft> drafts)
        {
            foreach (var group in drafts.GroupBy(d => d.BaseName, StringComparer.Ordinal))
            {
                var members = group.ToArray();
                if (members.Length == 1)
                {
                    members[0].Name = members[0].BaseName;
                    continue;
                }

                var regionCounts = members.GroupBy(d => d.Region).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var draft in members)
                {
                    draft.Name = regionCounts[draft.Region] == 1 ? $"{draft.BaseName}@{draft.Region}" : $"{draft.BaseName}@{draft.ResourceId}";
                }
            }
        }

        private static void AddRegions(AwsInventory inventory, List<ComponentDraft> drafts, ModelBuilder builder)
        {
            var zones = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var region in inventory.Regions)
            {
                zones[region] = new SortedSet<string>(StringComparer.Ordinal);
            }

            foreach (var draft in drafts)
            {
                if (!zones.TryGetValue(draft.Region, out var set))
                {
                    zones.Add(draft.Region, set = new SortedSet<string>(StringComparer.Ordinal));
                }

                set.UnionWith(draft.Zones);
                set.UnionWith(draft.Instances.Where(i => i.Zone != null).Select(i => i.Zone!.Value.Name));
            }

            foreach (var region in zones.Where(r => r.Key.Length > 0).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                builder.AddRegion(new NameReference(region.Key), region.Value.Select(z => new NameReference(z)).ToArray());
            }
        }

        private static ComponentSpec ToSpec(ComponentDraft draft, Func<string, bool> keep, ISpofHost host)
        {
            var location = new SourceLocation(draft.Source, 0, 0);
            bool Keep(string name)
            {
                if (keep(name))
                {
                    return true;
                }

                host.WriteWarning($"{draft.Name} is tagged to depend on {name}, which was not discovered (part of the account could not be read); the dependency is left out.");
                return false;
            }

            var dependencies = draft.Needs
                .Select(members => members.Count == 1
                    ? DependencySpec.On(new NameReference(members[0].Name), location: location)
                    : DependencySpec.AnyOf(members.Select(m => new NameReference(m.Name)).ToArray(), location: location))
                .Concat(Tagged(draft, TagConventions.HardDependencies, soft: false, location, Keep))
                .Concat(Tagged(draft, TagConventions.SoftDependencies, soft: true, location, Keep))
                .ToArray();
            var labels = new Dictionary<string, string>(draft.Labels, StringComparer.Ordinal);
            return new ComponentSpec(draft.Name, location)
            {
                Origin = ComponentOrigin.OfResources(draft.ResourceIds.ToArray()),
                Kind = draft.Tags.Select(t => t.Get(TagConventions.Kind)).FirstOrDefault(k => k != null) ?? draft.Kind,
                Role = draft.Role,
                Instances = draft.Scope == ComponentScope.None ? draft.Instances : null,
                Scope = draft.Scope,
                Zones = draft.Zones.Select(z => new NameReference(z)).ToArray(),
                Region = draft.Scope == ComponentScope.None || draft.Region.Length == 0 ? (NameReference?)null : new NameReference(draft.Region),
                Standby = draft.Standby,
                Replication = draft.Replication,
                DependsOn = dependencies,
                Owners = draft.Tags.SelectMany(TagConventions.Owners).Distinct(StringComparer.Ordinal).Select(o => new NameReference(o, location)).ToArray(),
                Criticality = draft.Tags.Select(TagConventions.CriticalityOf).FirstOrDefault(c => c != null),
                Tags = labels,
            };
        }

        private static IEnumerable<DependencySpec> Tagged(
            ComponentDraft draft, Func<AwsTags, IEnumerable<string>> read, bool soft, SourceLocation location, Func<string, bool> keep) =>
            draft.Tags.SelectMany(read)
                .Distinct(StringComparer.Ordinal)
                .Where(name => name != draft.Name && keep(name))
                .Select(name => DependencySpec.On(new NameReference(name, location), soft, location));
    }
}
