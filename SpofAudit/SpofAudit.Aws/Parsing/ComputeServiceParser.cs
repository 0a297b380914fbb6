using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>
    /// Outputs of the services that run code or hold files beside EC2: EFS DescribeFileSystems, Lambda
    /// ListFunctions, ECS DescribeServices, EKS DescribeNodegroup. Their CLI outputs are JSON only (no Query API).
    /// </summary>
    internal static class ComputeServiceParser
    {
        public static void FileSystems(ResponseNode page, AwsInventory into)
        {
            foreach (var fs in page.List("FileSystems"))
            {
                var zone = fs.Text("AvailabilityZoneName");
                into.FileSystems.Add(new FileSystem(
                    RegionNames.FromArn(fs.Text("FileSystemArn")) ?? RegionNames.FromZone(zone) ?? string.Empty,
                    fs.Required("FileSystemId"),
                    fs.Text("Name"),
                    fs.Text("LifeCycleState") ?? "unknown",
                    zone));
            }
        }

        public static void Functions(ResponseNode page, AwsInventory into)
        {
            foreach (var function in page.List("Functions"))
            {
                into.Functions.Add(new LambdaFunction(
                    RegionNames.FromArn(function.Text("FunctionArn")) ?? string.Empty,
                    function.Required("FunctionName"),
                    function.Child("VpcConfig")?.Strings("SubnetIds") ?? System.Array.Empty<string>()));
            }
        }

        public static void Services(ResponseNode page, AwsInventory into)
        {
            foreach (var service in page.List("services"))
            {
                var vpc = service.Child("networkConfiguration")?.Child("awsvpcConfiguration");
                into.EcsServices.Add(new EcsService(
                    RegionNames.FromArn(service.Text("serviceArn")) ?? RegionNames.FromArn(service.Text("clusterArn")) ?? string.Empty,
                    service.Required("serviceName"),
                    service.Text("status") ?? "unknown",
                    service.Number("runningCount"),
                    vpc?.Strings("subnets") ?? System.Array.Empty<string>(),
                    service.List("loadBalancers").Select(b => b.Text("targetGroupArn")).Where(a => a != null).Select(a => a!).ToArray()));
            }
        }

        public static void Nodegroup(ResponseNode page, AwsInventory into)
        {
            var group = page.Child("nodegroup");
            if (group == null)
            {
                return;
            }

            into.EksNodegroups.Add(new EksNodegroup(
                RegionNames.FromArn(group.Text("nodegroupArn")) ?? string.Empty,
                group.Required("nodegroupName"),
                group.Text("clusterName") ?? string.Empty,
                group.Text("status") ?? "unknown",
                group.Child("scalingConfig")?.Number("desiredSize") ?? 0,
                group.Strings("subnets"),
                group.Child("resources")?.List("autoScalingGroups").Select(a => a.Text("name")).Where(n => n != null).Select(n => n!).ToArray()
                    ?? System.Array.Empty<string>()));
        }
    }
}
