using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>
    /// EC2 responses (DescribeInstances, DescribeSubnets, DescribeRouteTables, DescribeNatGateways). The Query API
    /// names lists <c>xxxSet</c> with <c>item</c> elements; the CLI names them in the plural.
    /// </summary>
    internal static class Ec2Parser
    {
        public static void Instances(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var reservation in page.List("Reservations", "reservationSet"))
            {
                foreach (var instance in reservation.List("Instances", "instancesSet"))
                {
                    var zone = instance.Child("Placement")?.Text("AvailabilityZone");
                    into.Instances.Add(new Ec2Instance(
                        region ?? RegionNames.FromZone(zone) ?? string.Empty,
                        instance.Required("InstanceId"),
                        instance.Child("State", "instanceState")?.Text("Name") ?? "unknown",
                        zone,
                        instance.Text("SubnetId"),
                        instance.Text("VpcId"),
                        instance.Text("PrivateIpAddress"),
                        TagReader.Read(instance, "Tags", "tagSet")));
                }
            }
        }

        public static void Subnets(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var subnet in page.List("Subnets", "subnetSet"))
            {
                var zone = subnet.Required("AvailabilityZone");
                into.Subnets.Add(new Subnet(
                    region ?? RegionNames.FromZone(zone) ?? string.Empty,
                    subnet.Required("SubnetId"),
                    subnet.Required("VpcId"),
                    zone));
            }
        }

        public static void RouteTables(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var table in page.List("RouteTables", "routeTableSet"))
            {
                var associations = table.List("Associations", "associationSet");
                into.RouteTables.Add(new RouteTable(
                    region ?? string.Empty,
                    table.Required("RouteTableId"),
                    table.Required("VpcId"),
                    associations.Any(a => a.Flag("Main")),
                    associations.Select(a => a.Text("SubnetId")).Where(s => s != null).Select(s => s!).ToArray(),
                    table.List("Routes", "routeSet")
                        .Select(r => new Route(r.Text("DestinationCidrBlock"), r.Text("NatGatewayId"), r.Text("GatewayId"), r.Text("InstanceId"), r.Text("State") ?? "active"))
                        .ToArray()));
            }
        }

        public static void NatGateways(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var gateway in page.List("NatGateways", "natGatewaySet"))
            {
                into.NatGateways.Add(new NatGateway(
                    region ?? string.Empty,
                    gateway.Required("NatGatewayId"),
                    gateway.Required("SubnetId"),
                    gateway.Text("State") ?? "unknown",
                    TagReader.Read(gateway, "Tags", "tagSet")));
            }
        }
    }
}
