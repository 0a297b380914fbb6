using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>The <see cref="FindingKind.QuorumRisk"/> findings: the quorum groups with problems (<see cref="QuorumAnalysis"/>) that an entrypoint depends on.</summary>
    internal static class QuorumFindings
    {
        /// <summary>One QuorumRisk per quorum group with problems that an entrypoint depends on.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static List<Finding> Find(SpofModel model, EntrypointReach reach)
        {
            var findings = new List<Finding>();
            var byKind = new Dictionary<string, bool>(StringComparer.Ordinal);
            for (var c = 0; c < model.Components.Count; c++)
            {
                // Kinds repeat across a large model: classify each distinct kind once.
                var component = model.Components[c];
                if (component.Quorum == QuorumRule.None && component.DeclaredRole != ComponentRole.ConsensusStore
                    && (component.Kind == null || !(byKind.TryGetValue(component.Kind, out var quorumKind) ? quorumKind : byKind[component.Kind] = QuorumAnalysis.IsQuorumGroup(component))))
                {
                    continue;
                }

                var units = PlacementUnits.Of(component, model).Length;
                var problems = QuorumAnalysis.ProblemsOf(component, units);
                if (problems.Count == 0)
                {
                    continue;
                }

                var (names, count, path) = reach.Of(c);
                var affects = NameList.Bounded(names, count);
                if (affects.Count == 0)
                {
                    continue;
                }

                var involved = reach.Criticalities(c);
                involved.Add(component.Criticality);
                findings.Add(new Finding(
                    FindingKind.QuorumRisk,
                    SeverityRules.For(FindingKind.QuorumRisk, involved),
                    component.Name,
                    TargetType.Component,
                    affects,
                    path,
                    new[] { component.Name },
                    Recommendations.ForQuorum(component, units, problems),
                    model.Name,
                    FindingLocation.Of(model, TargetType.Component, component.Name, path)));
            }

            return findings;
        }
    }
}
