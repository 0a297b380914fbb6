using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>Names on each finding the cloud resources of the component it is about, so a reader can go to the console.</summary>
    internal static class FindingResources
    {
        /// <summary>
        /// The findings, each carrying its component's resource ids; the same list when the model came from files only
        /// (no lookups then), and the same finding when its component names no resource.
        /// </summary>
        public static IReadOnlyList<Finding> Attach(SpofModel model, IReadOnlyList<Finding> findings)
        {
            if (!HasCloudSource(model.Provenance))
            {
                return findings;
            }

            var named = new Finding[findings.Count];
            for (var i = 0; i < named.Length; i++)
            {
                var f = findings[i];
                var ids = FindingLocation.ComponentOf(model, f.TargetType, f.Target, f.Path)?.Origin.ResourceIds;
                named[i] = ids is { Count: > 0 } ? f.WithResourceIds(ids) : f;
            }

            return named;
        }

        private static bool HasCloudSource(ModelProvenance provenance)
        {
            foreach (var source in provenance.Sources)
            {
                if (source.Kind != InventorySourceKind.File)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
