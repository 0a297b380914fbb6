namespace SpofAudit.Findings
{
    /// <summary>How urgent a finding is, lowest first, so severities compare with &lt; and &gt;.</summary>
    public enum Severity
    {
        Info,
        Low,
        Medium,
        High,
        Critical,
    }
}
