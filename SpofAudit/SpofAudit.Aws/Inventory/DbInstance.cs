namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// An RDS DB instance (DescribeDBInstances). <see cref="SecondaryZone"/> is the standby's zone of a Multi-AZ
    /// instance; <see cref="ClusterId"/> is set for Aurora and Multi-AZ cluster members.
    /// </summary>
    public sealed record DbInstance(
        string Region,
        string Identifier,
        string Engine,
        string Status,
        string? Zone,
        string? SecondaryZone,
        bool MultiAz,
        string? ClusterId,
        string? ReplicaSourceId,
        AwsTags Tags);
}
