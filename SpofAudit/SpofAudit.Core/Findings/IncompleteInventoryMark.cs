using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Marks the findings of a partial read with the read's provenance (<see cref="Finding.IncompleteInventory"/>), so the
    /// mark travels with findings piped on alone and a report written from them still says what could not be read.
    /// </summary>
    internal static class IncompleteInventoryMark
    {
        /// <summary>The findings, each marked; the same list when <paramref name="provenance"/> is complete.</summary>
        public static IReadOnlyList<Finding> Attach(ModelProvenance provenance, IReadOnlyList<Finding> findings)
        {
            if (!provenance.IsIncomplete)
            {
                return findings;
            }

            var marked = new Finding[findings.Count];
            for (var i = 0; i < marked.Length; i++)
            {
                var f = findings[i];
                marked[i] = f.IncompleteInventory == null ? f.WithIncompleteInventory(provenance) : f;
            }

            return marked;
        }
    }
}
