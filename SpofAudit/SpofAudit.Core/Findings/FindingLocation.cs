using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Where a finding points in the input: the component it is about. For a zone, region, domain or person
    /// that is the component the path reaches just before the target, the one whose definition to change.
    /// </summary>
    public static class FindingLocation
    {
        /// <summary>The file position of the component a finding is about; null when no file defines it.</summary>
        public static SourceLocation? Of(SpofModel model, TargetType targetType, string target, IReadOnlyList<string> path) =>
            ComponentOf(model, targetType, target, path)?.Origin.File;

        /// <summary>The component a finding is about, as <see cref="Of"/> picks it.</summary>
        public static Component? ComponentOf(SpofModel model, TargetType targetType, string target, IReadOnlyList<string> path) =>
            targetType == TargetType.Component
                ? model.FindComponent(target)
                : path.Count >= 2 ? model.FindComponent(path[path.Count - 2]) : null;
    }
}
