using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// EFS, Lambda, ECS services and EKS managed node groups. Sources: Amazon EFS User Guide ("EFS file system
    /// types": Regional stores data in several zones, One Zone in one); AWS Lambda Developer Guide ("Resilience":
    /// Lambda runs a function in several zones; in a VPC, in the zones of the subnets given); Amazon ECS Developer
    /// Guide ("Task placement": a service spreads its tasks over zones by default); Amazon EKS User Guide
    /// ("Managed node groups": an Auto Scaling group over the subnets given).
    /// </summary>
    internal sealed class ComputeServiceMapping
    {
        private static readonly HashSet<string> LiveNodegroupStates = new HashSet<string>(StringComparer.Ordinal) { "ACTIVE", "UPDATING", "DEGRADED" };
        private static readonly HashSet<string> GoneNodegroupStates = new HashSet<string>(StringComparer.Ordinal) { "CREATING", "CREATE_FAILED", "DELETING", "DELETE_FAILED" };
        private static readonly HashSet<string> GoneFileSystemStates = new HashSet<string>(StringComparer.Ordinal) { "creating", "deleting", "deleted", "error" };

        private readonly AwsInventory _inventory;
        private readonly NatRouting _routing;
        private readonly ISpofHost _host;
        private readonly List<InventoryGap> _gaps;

        public ComputeServiceMapping(AwsInventory inventory, NatRouting routing, ISpofHost host, List<InventoryGap> gaps)
        {
            _inventory = inventory;
            _routing = routing;
            _host = host;
            _gaps = gaps;
        }

        /// <summary>Adds the drafts; returns the ECS services' target groups, for the load balancers that send to them.</summary>
        public List<(string TargetGroupArn, ComponentDraft Draft)> Add(List<ComponentDraft> drafts)
        {
            foreach (var fs in _inventory.FileSystems.Where(f => !GoneFileSystemStates.Contains(f.State)))
            {
                drafts.Add(FileSystemDraft(fs));
            }

            foreach (var function in _inventory.Functions)
            {
                drafts.Add(FunctionDraft(function));
            }

            var targets = new List<(string, ComponentDraft)>();
            foreach (var service in _inventory.EcsServices)
            {
                if (service.Status != "ACTIVE")
                {
                    continue; // DRAINING: being deleted; INACTIVE: deleted (DescribeServices, status)
                }

                if (service.RunningCount == 0)
                {
                    _host.WriteWarning($"ECS service {service.Name} runs no task: it serves nothing, and the model leaves it out.");
                    continue;
                }

                var draft = Spread(service.Name, service.Region, "ecs service", $"aws:{service.Region}:ecsService/{service.Name}", "task", service.RunningCount, service.SubnetIds, "ECS service");
                drafts.Add(draft);
                targets.AddRange(service.TargetGroupArns.Select(arn => (arn, draft)));
            }

            var groupsRead = new HashSet<string>(_inventory.AutoScalingGroups.Select(g => g.Name), StringComparer.Ordinal);
            foreach (var nodegroup in _inventory.EksNodegroups)
            {
                if (nodegroup.AutoScalingGroupNames.Any(groupsRead.Contains) || GoneNodegroupStates.Contains(nodegroup.Status))
                {
                    continue; // its Auto Scaling group is read and stands for it; or it runs no node
                }

                if (!LiveNodegroupStates.Contains(nodegroup.Status))
                {
                    _host.WriteWarning($"EKS node group {nodegroup.Name} is in state '{nodegroup.Status}', which SpofAudit does not know; it is taken as running.");
                }

                if (nodegroup.DesiredSize == 0)
                {
                    _host.WriteWarning($"EKS node group {nodegroup.Name} wants 0 nodes: it runs nothing, and the model leaves it out.");
                    continue;
                }

                drafts.Add(Spread(nodegroup.Name, nodegroup.Region, "eks nodegroup", $"aws:{nodegroup.Region}:eksNodegroup/{nodegroup.ClusterName}/{nodegroup.Name}", "node", nodegroup.DesiredSize, nodegroup.SubnetIds, "EKS node group"));
            }

            return targets;
        }

        private ComponentDraft FileSystemDraft(FileSystem fs)
        {
            var draft = new ComponentDraft(fs.Name ?? fs.Id, fs.Region, "efs:" + fs.Id, "efs", $"aws:{fs.Region}:fileSystem/{fs.Id}", ComponentRole.Storage);
            draft.ResourceIds.Add(fs.Id);
            draft.Labels["aws:fileSystemId"] = fs.Id;
            if (fs.OneZone != null)
            {
                draft.Scope = ComponentScope.Zonal;
                draft.Zones.Add(fs.OneZone);
            }
            else
            {
                draft.Scope = ComponentScope.Regional;
            }

            return draft;
        }

        private ComponentDraft FunctionDraft(LambdaFunction function)
        {
            var draft = new ComponentDraft(function.Name, function.Region, "lambda:" + function.Name, "lambda", $"aws:{function.Region}:function/{function.Name}", ComponentRole.Service);
            draft.ResourceIds.Add(function.Name);
            var zones = ZonesOf(function.SubnetIds, out var unknown);
            if (function.SubnetIds.Count == 0 || unknown.Length > 0)
            {
                draft.Scope = ComponentScope.Regional;
                if (unknown.Length > 0)
                {
                    Unknown("Lambda function", function.Name, function.Region, unknown);
                }
            }
            else
            {
                draft.Scope = ComponentScope.Zonal;
                draft.Zones.AddRange(zones);
            }

            return draft;
        }

        /// <summary>Tasks or nodes spread over the zones of their subnets, as ECS and Auto Scaling do.</summary>
        private ComponentDraft Spread(string name, string region, string kind, string source, string unit, int count, IReadOnlyList<string> subnetIds, string what)
        {
            var draft = new ComponentDraft(name, region, source, kind, source, ComponentRole.Service);
            draft.ResourceIds.Add(name);
            var zones = ZonesOf(subnetIds, out var unknown);
            if (subnetIds.Count == 0)
            {
                // Without awsvpc subnets, ECS tasks run on container instances the output does not name.
                _host.WriteWarning($"{what} {name} lists no subnet, so the zones its {unit}s run in are unknown and its zone risk cannot be told.");
                _gaps.Add(new InventoryGap(region, "ecs:DescribeContainerInstances", $"zones of the {unit}s of {what} {name} unknown"));
            }
            else if (unknown.Length > 0)
            {
                Unknown(what, name, region, unknown);
                zones = Array.Empty<string>();
            }

            for (var i = 0; i < count; i++)
            {
                draft.Instances.Add(InventoryMapper.DbInstanceSpec($"{name}/{unit}-{i + 1}", zones.Length == 0 ? null : zones[i % zones.Length], region));
            }

            return draft;
        }

        private string[] ZonesOf(IReadOnlyList<string> subnetIds, out string[] unknown)
        {
            unknown = subnetIds.Where(id => _routing.FindSubnet(id) == null).ToArray();
            return subnetIds.Select(id => _routing.FindSubnet(id)?.Zone).Where(z => z != null).Select(z => z!)
                .Distinct(StringComparer.Ordinal).OrderBy(z => z, StringComparer.Ordinal).ToArray();
        }

        private void Unknown(string what, string name, string region, IReadOnlyList<string> subnets)
        {
            _host.WriteWarning($"{what} {name}: the zones of subnet(s) {string.Join(", ", subnets)} are unknown (export aws ec2 describe-subnets), so its zone risk cannot be told.");
            _gaps.Add(new InventoryGap(region, "ec2:DescribeSubnets", $"zones of the subnets of {what} {name} unknown"));
        }
    }
}
