using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Where a finding points in the input: the component it is about. For a zone, region, domain or person
    /// that is the component the path reaches just before the target, the one whose definition to change.
    /// </summary>
    public static class FindingLocation
    {
        public static SourceLocation? Of(SpofModel model, TargetType targetType, string target, IReadOnlyList<string> path)
        {
            var component = targetType == TargetType.Component
                ? model.FindComponent(target)
                : path.Count >= 2 ? model.FindComponent(path[path.Count - 2]) : null;
            var location = component?.Location;
            return location != null && location.Line > 0 ? location : null;
        }
    }
}
