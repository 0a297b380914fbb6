using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Export
{
    /// <summary>
    /// What the Mermaid and DOT pictures mark, read once from a report: SPOF components, components whose loss
    /// only degrades, entrypoints, and the zones, regions and domains whose failure alone takes an entrypoint down,
    /// each with the components it takes down directly (the finding's <c>components</c>).
    /// </summary>
    internal sealed class GraphMarks
    {
        public GraphMarks(SpofModel model, SpofReport report)
        {
            Entrypoints = new HashSet<string>(model.Entrypoints, StringComparer.Ordinal);
            Spof = new HashSet<string>(
                report.Findings.Where(f => IsOutage(f.Kind) && f.TargetType == TargetType.Component).Select(f => f.Target),
                StringComparer.Ordinal);
            Degrading = new HashSet<string>(
                report.Findings.Where(f => FindingRules.Of(f.Kind).OnlyDegrades && f.TargetType == TargetType.Component).Select(f => f.Target),
                StringComparer.Ordinal);
            RiskPlaces = report.Findings
                .Where(f => f.TargetType != TargetType.Component && f.TargetType != TargetType.Person && IsOutage(f.Kind))
                .Select(f => new RiskPlace(f.TargetType, f.Target, f.Components.Where(c => model.FindComponent(c) != null).ToArray()))
                .OrderBy(p => p.Type)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToArray();
        }

        public HashSet<string> Entrypoints { get; }

        /// <summary>Kinds whose target alone takes an entrypoint down for good (a cascade of overload included), as their rules say.</summary>
        private static bool IsOutage(FindingKind kind) => FindingRules.Of(kind).IsOutage;

        /// <summary>Components whose single instance failure takes an entrypoint down (directly or by overloading the rest).</summary>
        public HashSet<string> Spof { get; }

        /// <summary>Components whose failure degrades an entrypoint without taking any down.</summary>
        public HashSet<string> Degrading { get; }

        /// <summary>Zones, regions and domains at risk, in a stable order.</summary>
        public IReadOnlyList<RiskPlace> RiskPlaces { get; }

        /// <summary>"database, 2 instances, min 2" or "dns, global": what a component node says under its name.</summary>
        public static string Describe(Component component)
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(component.Kind))
            {
                parts.Add(component.Kind!);
            }

            switch (component.Scope)
            {
                case ComponentScope.Zonal:
                    parts.Add($"zonal, {component.Zones.Count} zone{(component.Zones.Count == 1 ? string.Empty : "s")}");
                    break;
                case ComponentScope.Regional:
                    parts.Add("regional");
                    break;
                case ComponentScope.Global:
                    parts.Add("global");
                    break;
                default:
                    parts.Add($"{component.Instances.Count} instance{(component.Instances.Count == 1 ? string.Empty : "s")}");
                    break;
            }

            if (component.MinHealthy > 1)
            {
                parts.Add($"min {component.MinHealthy}");
            }

            return string.Join(", ", parts);
        }

        /// <summary>"any of" for anyOf, "k of n" for atLeast.</summary>
        public static string GroupLabel(Dependency dependency) =>
            dependency.Form == DependencyForm.AnyOf ? "any of" : $"{dependency.Required} of {dependency.Members.Count}";

        public static string PlaceWord(TargetType type) =>
            type == TargetType.Zone ? "zone" : type == TargetType.Region ? "region" : "domain";
    }
}
