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

        /// <summary>Two failure events together (a double fault): instances, zones, regions or domains.</summary>
        Pair,

        /// <summary>An entry of a suppression (accepted-risk) file, named by the finding id it accepts.</summary>
        Suppression,
    }
}
