using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Parsing;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// An Availability Zone belongs to one region, whose name its own name starts with (us-east-1a in us-east-1;
    /// AWS "Regions and Zones"). A zone outside its resource's region is a contradiction in the data (a hand-edited
    /// or mixed export): placing the resource there would invent a zone risk, so it is an error.
    /// </summary>
    internal static class ZonePlacement
    {
        /// <exception cref="SpofInputException">A zone lies outside the region of the resource naming it.</exception>
        public static void CheckZonesInRegions(IEnumerable<ComponentDraft> drafts)
        {
            var diagnostics = new List<SpofDiagnostic>();
            foreach (var draft in drafts)
            {
                if (draft.Region.Length == 0)
                {
                    continue;
                }

                var zones = draft.Zones.Concat(draft.Instances.Where(i => i.Zone != null).Select(i => i.Zone!.Value.Name)).Distinct();
                foreach (var zone in zones)
                {
                    var region = RegionNames.FromZone(zone);
                    if (region != null && region != draft.Region)
                    {
                        diagnostics.Add(new SpofDiagnostic(
                            DiagnosticCodes.RegionConflict,
                            DiagnosticCodes.CategoryOf(DiagnosticCodes.RegionConflict),
                            new SourceLocation(draft.Source, 0, 0),
                            $"{draft.Name} is in region {draft.Region} but names zone {zone}, a zone of {region}",
                            "check that the export was not edited or mixed from two regions"));
                    }
                }
            }

            if (diagnostics.Count > 0)
            {
                throw new SpofInputException(diagnostics);
            }
        }
    }
}
