namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// An output of an AWS command SpofAudit recognises but does not map to components: the report says the
    /// model leaves out what it holds.
    /// </summary>
    public sealed record UnmappedOutput(string File, string Command, string IamAction, int Count);
}
