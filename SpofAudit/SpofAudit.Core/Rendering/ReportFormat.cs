namespace SpofAudit.Rendering
{
    /// <summary>How a report or what-if is written as text: for a terminal, for machines, or for a wiki or pull request.</summary>
    public enum ReportFormat
    {
        Table,
        Json,
        Markdown,
    }
}
