using System;
using System.Collections.Generic;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The <c>KnowledgeConcentration</c> findings: one per minimal set of two or three people of
    /// <see cref="TruckFactorAnalysis"/>, targeting the set ("alice+bob"), affecting the entrypoints for which it is a
    /// minimal cut set, naming the components only they can operate, with one hard-dependency chain to one of them.
    /// </summary>
    internal static class KnowledgeConcentrationFindings
    {
        /// <summary>Joins the people of a set, in ordinal order, into the finding's target.</summary>
        public const string Separator = "+";

        public static List<Finding> Find(SpofModel model, FailureGraph graph, TruckFactorAnalysis analysis, FindingKind kind)
        {
            var findings = new List<Finding>(analysis.Sets.Count);
            foreach (var set in analysis.Sets)
            {
                findings.Add(Make(model, graph, set, kind));
            }

            return findings;
        }

        private static Finding Make(SpofModel model, FailureGraph graph, OwnerSet set, FindingKind kind)
        {
            var target = string.Join(Separator, set.People);
            var affects = new string[set.Entrypoints.Length];
            var involved = new Criticality?[set.Entrypoints.Length];
            for (var i = 0; i < affects.Length; i++)
            {
                var entrypoint = model.Components[set.Entrypoints[i]];
                affects[i] = entrypoint.Name;
                involved[i] = entrypoint.Criticality;
            }

            var components = new string[set.Components.Length];
            for (var i = 0; i < components.Length; i++)
            {
                components[i] = model.Components[set.Components[i]].Name;
            }

            Array.Sort(components, StringComparer.Ordinal);
            var path = new List<string>(set.Path.Length + 1);
            foreach (var node in set.Path)
            {
                if (!graph.IsGroup(node))
                {
                    path.Add(model.Components[node].Name);
                }
            }

            var declaredOwners = model.FindComponent(components[0])!.Owners;
            path.Add(target);
            return new Finding(kind, SeverityRules.ForKnowledgeConcentration(set.People.Count, involved), target, TargetType.People, affects, path, components,
                Recommendations.ForPeople(set.People, components, declaredOwners, OperatorEvidenceOf.People(model, set.People, components)), model.Name, FindingLocation.Of(model, TargetType.People, target, path));
        }
    }
}
