using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The findings of the order-1 pass, unsorted, each with the failure event it is about when that event takes an
    /// entrypoint down (-1 for a degradation or a sole owner): the typed event the capacity pass reclassifies by.
    /// </summary>
    internal sealed class SingleFailureFindings
    {
        public SingleFailureFindings(Finding[] findings, int[] outageEvents, EntrypointHits outages)
        {
            Findings = findings;
            Events = outageEvents;
            Outages = outages;
        }

        public Finding[] Findings { get; }

        /// <summary>For each finding, the index of its outage event in the analysis's catalog, or -1.</summary>
        public int[] Events { get; }

        /// <summary>Per event, the entrypoints it takes down: how many, their criticalities, the first by name.</summary>
        public EntrypointHits Outages { get; }
    }
}
