using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// Which NAT a subnet's outbound traffic leaves through: the subnet's route table (its explicit association,
    /// else its VPC's main table), then that table's default route (0.0.0.0/0). Sources: Amazon VPC User Guide,
    /// "Route tables" (main and custom tables, route state <c>blackhole</c> when the target is gone), "NAT
    /// gateways" (states pending, failed, available, deleting, deleted: only <c>available</c> carries traffic) and
    /// "NAT instances" (a default route whose target is the instance).
    /// </summary>
    internal sealed class NatRouting
    {
        /// <summary>NAT gateway states in which it carries no traffic (DescribeNatGateways, State).</summary>
        public static readonly IReadOnlyCollection<string> DeadNatStates = new HashSet<string>(StringComparer.Ordinal) { "pending", "failed", "deleting", "deleted" };

        private readonly Dictionary<string, Subnet> _subnets = new Dictionary<string, Subnet>(StringComparer.Ordinal);
        private readonly Dictionary<string, RouteTable> _tableOfSubnet = new Dictionary<string, RouteTable>(StringComparer.Ordinal);
        private readonly Dictionary<string, RouteTable> _mainTableOfVpc = new Dictionary<string, RouteTable>(StringComparer.Ordinal);
        private readonly Dictionary<string, NatGateway> _gateways = new Dictionary<string, NatGateway>(StringComparer.Ordinal);

        public NatRouting(AwsInventory inventory)
        {
            foreach (var subnet in inventory.Subnets)
            {
                _subnets[subnet.SubnetId] = subnet;
            }

            foreach (var gateway in inventory.NatGateways)
            {
                _gateways[gateway.NatGatewayId] = gateway;
            }

            foreach (var table in inventory.RouteTables)
            {
                if (table.IsMain)
                {
                    _mainTableOfVpc[table.VpcId] = table;
                }

                foreach (var subnetId in table.SubnetIds)
                {
                    _tableOfSubnet[subnetId] = table;
                }
            }
        }

        public Subnet? FindSubnet(string? subnetId) =>
            subnetId != null && _subnets.TryGetValue(subnetId, out var subnet) ? subnet : null;

        /// <summary>The way out of a subnet; <see cref="Egress.Direct"/> for a public subnet, no default route or an unknown subnet.</summary>
        public Egress EgressOf(string? subnetId, string? vpcId)
        {
            if (subnetId == null)
            {
                return Egress.Direct;
            }

            vpcId ??= FindSubnet(subnetId)?.VpcId;
            if (!_tableOfSubnet.TryGetValue(subnetId, out var table) && (vpcId == null || !_mainTableOfVpc.TryGetValue(vpcId, out table)))
            {
                return Egress.Direct;
            }

            return EgressOf(table);
        }

        /// <summary>Every route table whose default route leads nowhere, with the subnets that use it.</summary>
        public IEnumerable<(RouteTable Table, Egress Egress, IReadOnlyList<string> Subnets)> DeadDefaultRoutes(AwsInventory inventory)
        {
            foreach (var table in inventory.RouteTables)
            {
                var egress = EgressOf(table);
                if (egress.Kind != EgressKind.None)
                {
                    continue;
                }

                var subnets = table.SubnetIds.ToList();
                if (table.IsMain)
                {
                    subnets.AddRange(inventory.Subnets
                        .Where(s => s.VpcId == table.VpcId && !_tableOfSubnet.ContainsKey(s.SubnetId))
                        .Select(s => s.SubnetId));
                }

                yield return (table, egress, subnets.Distinct(StringComparer.Ordinal).ToArray());
            }
        }

        private Egress EgressOf(RouteTable table)
        {
            foreach (var route in table.Routes)
            {
                if (!route.IsDefault)
                {
                    continue;
                }

                var target = route.NatGatewayId ?? route.InstanceId ?? route.GatewayId;
                if (route.IsBlackhole)
                {
                    return new Egress(EgressKind.None, target, table.RouteTableId, $"its default route to {target ?? "its target"} is a blackhole (the target is gone)");
                }

                if (route.NatGatewayId != null)
                {
                    if (_gateways.TryGetValue(route.NatGatewayId, out var gateway) && DeadNatStates.Contains(gateway.State))
                    {
                        return new Egress(EgressKind.None, route.NatGatewayId, table.RouteTableId, $"its default route goes to NAT gateway {route.NatGatewayId}, which is {gateway.State}");
                    }

                    return new Egress(EgressKind.NatGateway, route.NatGatewayId, table.RouteTableId);
                }

                return route.InstanceId != null
                    ? new Egress(EgressKind.NatInstance, route.InstanceId, table.RouteTableId)
                    : Egress.Direct;
            }

            return Egress.Direct;
        }
    }
}
