namespace SpofAudit.Aws.Inventory
{
    /// <summary>
    /// An EFS file system (DescribeFileSystems). <see cref="OneZone"/> is the zone of a One Zone file system
    /// (<c>AvailabilityZoneName</c>); null for a Regional one, which stores data in several zones.
    /// </summary>
    public sealed record FileSystem(string Region, string Id, string? Name, string State, string? OneZone);
}
