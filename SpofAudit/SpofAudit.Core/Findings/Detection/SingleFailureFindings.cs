namespace SpofAudit.Findings
{
    /// <summary>
    /// The findings of the order-1 pass, unsorted, each with the failure event it is about when that event takes an
    /// entrypoint down (-1 for a degradation or a sole owner): the typed event the capacity pass reclassifies by.
    /// </summary>
    internal sealed class SingleFailureFindings
    {
        public SingleFailureFindings(Finding[] findings, int[] outageEvents)
        {
            Findings = findings;
            Events = outageEvents;
        }

        public Finding[] Findings { get; }

        /// <summary>For each finding, the index of its outage event in the analysis's catalog, or -1.</summary>
        public int[] Events { get; }
    }
}
