namespace SpofAudit.Rendering
{
    /// <summary>
    /// How a report or what-if is written as text: for a terminal, for machines, for a wiki or pull request,
    /// for a spreadsheet, for CI systems, or as a page a person opens. What-ifs support Table, Json and Markdown.
    /// </summary>
    public enum ReportFormat
    {
        Table,
        Json,
        Markdown,
        Csv,
        JUnit,
        Sarif,
        Html,
    }
}
