namespace SpofAudit.Findings
{
    /// <summary>What a finding's target names.</summary>
    public enum TargetType
    {
        Component,
        Zone,
        Region,
        Domain,
        Person,
    }
}
