using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>RDS responses (DescribeDBInstances, DescribeDBClusters).</summary>
    internal static class RdsParser
    {
        public static void Instances(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var db in page.List("DBInstances"))
            {
                var zone = db.Text("AvailabilityZone");
                into.DbInstances.Add(new DbInstance(
                    region ?? RegionNames.FromArn(db.Text("DBInstanceArn")) ?? RegionNames.FromZone(zone) ?? string.Empty,
                    db.Required("DBInstanceIdentifier"),
                    db.Text("Engine") ?? "unknown",
                    db.Text("DBInstanceStatus") ?? "unknown",
                    zone,
                    db.Text("SecondaryAvailabilityZone"),
                    db.Flag("MultiAZ"),
                    db.Text("DBClusterIdentifier"),
                    db.Text("ReadReplicaSourceDBInstanceIdentifier"),
                    TagReader.Read(db, "TagList")));
            }
        }

        public static void Clusters(ResponseNode page, string? region, AwsInventory into)
        {
            foreach (var cluster in page.List("DBClusters"))
            {
                into.DbClusters.Add(new DbCluster(
                    region ?? RegionNames.FromArn(cluster.Text("DBClusterArn")) ?? RegionNames.FromZone(cluster.Strings("AvailabilityZones").FirstOrDefault()) ?? string.Empty,
                    cluster.Required("DBClusterIdentifier"),
                    cluster.Text("Engine") ?? "unknown",
                    cluster.Flag("MultiAZ"),
                    cluster.Text("EngineMode"),
                    cluster.Text("Status") ?? "unknown",
                    cluster.List("DBClusterMembers")
                        .Select(m => new DbClusterMember(m.Required("DBInstanceIdentifier"), m.Flag("IsClusterWriter")))
                        .ToArray(),
                    TagReader.Read(cluster, "TagList")));
            }
        }
    }
}
