using System.Collections.Generic;

namespace SpofAudit.Aws.Inventory
{
    /// <summary>An RDS DB cluster (DescribeDBClusters): Aurora or a Multi-AZ DB cluster, with its member instances.</summary>
    public sealed record DbCluster(
        string Region,
        string Identifier,
        string Engine,
        bool MultiAz,
        string? EngineMode,
        string Status,
        IReadOnlyList<DbClusterMember> Members,
        AwsTags Tags);
}
