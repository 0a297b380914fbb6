namespace SpofAudit.Analysis
{
    /// <summary>The things that can fail (docs/design.md §4), plus people, who can be unavailable.</summary>
    public enum FailureEventKind
    {
        /// <summary>A whole component: every instance, or the managed service itself.</summary>
        Component,

        /// <summary>One instance of a component.</summary>
        Instance,

        Zone,
        Region,
        Domain,
        Person,
    }
}
