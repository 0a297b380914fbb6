namespace SpofAudit.Export
{
    /// <summary>The graph formats <see cref="GraphExporter"/> writes.</summary>
    public enum GraphFormat
    {
        /// <summary>A Mermaid flowchart, for Markdown pages and wikis.</summary>
        Mermaid,

        /// <summary>Graphviz DOT.</summary>
        Dot,

        /// <summary>Open-PSA Model Exchange Format: the failure logic as a fault tree, for tools such as SCRAM.</summary>
        OpenPsa,
    }
}
