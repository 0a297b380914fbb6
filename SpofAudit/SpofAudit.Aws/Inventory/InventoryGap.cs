namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// A part of the account that could not be read (access denied, a service unavailable in a region): the
    /// audit goes on without it, and the report says the model may miss what it holds.
    /// </summary>
    public sealed record InventoryGap(string Region, string IamAction, string Reason, string? Code = null)
    {
        public override string ToString() => $"{IamAction} in {Region}: {Reason}";
    }
}
