using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An RDS DB cluster (DescribeDBClusters): Aurora or a Multi-AZ DB cluster, with its member instances.</summary>
    public sealed record DbCluster(
        string Region,
        string Identifier,
        string Engine,
        bool MultiAz,
        IReadOnlyList<DbClusterMember> Members,
        AwsTags Tags);
}
