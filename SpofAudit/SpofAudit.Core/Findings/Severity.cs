namespace SpofAudit.Findings
{
    /// <summary>
    /// How urgent a finding is, lowest first, so severities compare with &lt; and &gt;. Backed by <c>long</c> because
    /// PowerShell's <c>ConvertTo-Json</c> (5.1 and 7) writes an enum of that width by name ("High") and any other
    /// enum as a number; admins read the name.
    /// </summary>
    public enum Severity : long
    {
        Info,
        Low,
        Medium,
        High,
        Critical,
    }
}
