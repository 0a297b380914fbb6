namespace SpofAudit.Model
{
    /// <summary>How much a component matters; raises or lowers the severity of findings that hit it.</summary>
    public enum Criticality
    {
        Low,
        Medium,
        High,
    }
}
