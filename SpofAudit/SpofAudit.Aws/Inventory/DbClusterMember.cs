namespace SpofAudit.Aws.Inventory
{
    /// <summary>One instance of a DB cluster and whether it is the writer.</summary>
    public sealed record DbClusterMember(string InstanceId, bool IsWriter);
}
