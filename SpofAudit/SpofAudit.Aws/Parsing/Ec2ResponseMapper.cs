using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;
using Sdk = Amazon.EC2.Model;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>
    /// AWSSDK.EC2's typed responses (DescribeInstances, DescribeSubnets, DescribeRouteTables, DescribeNatGateways)
    /// into the same inventory records <see cref="Ec2Parser"/> makes of an export: the same fields, the same defaults
    /// for an absent state, and the same error for a missing field the resource cannot be understood without. States
    /// are the SDK's constants (InstanceStateName, RouteState, NatGatewayState), kept as AWS spells them.
    /// </summary>
    internal static class Ec2ResponseMapper
    {
        public static void Instances(Sdk.DescribeInstancesResponse page, string region, AwsInventory into)
        {
            foreach (var reservation in page.Reservations ?? new List<Sdk.Reservation>())
            {
                foreach (var instance in reservation.Instances ?? new List<Sdk.Instance>())
                {
                    var where = Where("DescribeInstances", region, "an instance");
                    into.Instances.Add(new Ec2Instance(
                        region,
                        Required(instance.InstanceId, where, "InstanceId"),
                        instance.State?.Name?.Value ?? "unknown",
                        instance.Placement?.AvailabilityZone,
                        instance.SubnetId,
                        instance.VpcId,
                        instance.PrivateIpAddress,
                        Tags(instance.Tags)));
                }
            }
        }

        public static void Subnets(Sdk.DescribeSubnetsResponse page, string region, AwsInventory into)
        {
            foreach (var subnet in page.Subnets ?? new List<Sdk.Subnet>())
            {
                var where = Where("DescribeSubnets", region, "subnet " + (subnet.SubnetId ?? "(no id)"));
                var zone = Required(subnet.AvailabilityZone, where, "AvailabilityZone");
                into.Subnets.Add(new Subnet(region, Required(subnet.SubnetId, where, "SubnetId"), Required(subnet.VpcId, where, "VpcId"), zone));
            }
        }

        public static void RouteTables(Sdk.DescribeRouteTablesResponse page, string region, AwsInventory into)
        {
            foreach (var table in page.RouteTables ?? new List<Sdk.RouteTable>())
            {
                var where = Where("DescribeRouteTables", region, "route table " + (table.RouteTableId ?? "(no id)"));
                var associations = table.Associations ?? new List<Sdk.RouteTableAssociation>();
                into.RouteTables.Add(new RouteTable(
                    region,
                    Required(table.RouteTableId, where, "RouteTableId"),
                    Required(table.VpcId, where, "VpcId"),
                    associations.Any(a => a.Main == true),
                    associations.Select(a => a.SubnetId).Where(s => s != null).ToArray(),
                    (table.Routes ?? new List<Sdk.Route>())
                        .Select(r => new Route(r.DestinationCidrBlock, r.NatGatewayId, r.GatewayId, r.InstanceId, r.State?.Value ?? "active"))
                        .ToArray()));
            }
        }

        public static void NatGateways(Sdk.DescribeNatGatewaysResponse page, string region, AwsInventory into)
        {
            foreach (var gateway in page.NatGateways ?? new List<Sdk.NatGateway>())
            {
                var where = Where("DescribeNatGateways", region, "NAT gateway " + (gateway.NatGatewayId ?? "(no id)"));
                into.NatGateways.Add(new NatGateway(
                    region,
                    Required(gateway.NatGatewayId, where, "NatGatewayId"),
                    Required(gateway.SubnetId, where, "SubnetId"),
                    gateway.State?.Value ?? "unknown",
                    Tags(gateway.Tags)));
            }
        }

        private static string Where(string action, string region, string what) => $"ec2:{action} in {region}: {what}";

        private static string Required(string? value, string where, string field) =>
            value ?? throw new AwsResponseException($"{where}: the field {field} is missing");

        private static AwsTags Tags(List<Sdk.Tag>? tags) =>
            tags == null || tags.Count == 0
                ? AwsTags.None
                : new AwsTags(tags.Where(t => t.Key != null).Select(t => new KeyValuePair<string, string>(t.Key, t.Value ?? string.Empty)));
    }
}
