namespace SpofAudit.Azure.Inventory
{
    /// <summary>
    /// Something in the inventory SpofAudit could not read or interpret (a resource type it does not model, a missing
    /// field, a state it does not know). It becomes a warning and an incomplete entry in every report, so a gap in the
    /// data never reads as redundancy.
    /// </summary>
    /// <param name="Origin">Where the row came from: the export file, or the Resource Graph page; null when the mapping found it.</param>
    /// <param name="ResourceId">The ARM id of the resource concerned (or of the file, for a summary of many rows).</param>
    /// <param name="Part">What was not read, e.g. the resource type or <c>properties</c>.</param>
    /// <param name="Description">One line for people: which resource, what is missing, and what the audit assumed.</param>
    public sealed record IncompleteRead(string? Origin, string ResourceId, string Part, string Description);
}
