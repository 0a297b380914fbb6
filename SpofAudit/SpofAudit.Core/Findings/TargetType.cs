namespace SpofAudit.Findings
{
    /// <summary>
    /// What a finding's target names. Backed by <c>long</c> so that PowerShell's <c>ConvertTo-Json</c> writes it by name,
    /// as <see cref="Severity"/>.
    /// </summary>
    public enum TargetType : long
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

        /// <summary>Several people who together are the only ones able to operate a component: "alice+bob" (a knowledge concentration).</summary>
        People,
    }
}
