using System;
using System.Collections.Generic;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// Which NAT gateway a subnet's outbound traffic leaves through: the subnet's route table (its explicit
    /// association, else its VPC's main table), then that table's default route (0.0.0.0/0).
    /// </summary>
    internal sealed class NatRouting
    {
        private readonly Dictionary<string, Subnet> _subnets = new Dictionary<string, Subnet>(StringComparer.Ordinal);
        private readonly Dictionary<string, RouteTable> _tableOfSubnet = new Dictionary<string, RouteTable>(StringComparer.Ordinal);
        private readonly Dictionary<string, RouteTable> _mainTableOfVpc = new Dictionary<string, RouteTable>(StringComparer.Ordinal);

        public NatRouting(AwsInventory inventory)
        {
            foreach (var subnet in inventory.Subnets)
            {
                _subnets[subnet.SubnetId] = subnet;
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

        /// <summary>The NAT gateway of the subnet's default route, or null (a public subnet, no default route, unknown subnet).</summary>
        public string? NatGatewayOf(string? subnetId, string? vpcId)
        {
            if (subnetId == null)
            {
                return null;
            }

            vpcId ??= FindSubnet(subnetId)?.VpcId;
            if (!_tableOfSubnet.TryGetValue(subnetId, out var table) && (vpcId == null || !_mainTableOfVpc.TryGetValue(vpcId, out table)))
            {
                return null;
            }

            foreach (var route in table.Routes)
            {
                if (route.IsDefault)
                {
                    return route.NatGatewayId;
                }
            }

            return null;
        }
    }
}
