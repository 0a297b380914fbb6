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

        /// <summary>An entry of a suppression (accepted-risk) file, named by the finding id it accepts.</summary>
        Suppression,
    }
}
