using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Checks that a finding's <c>path</c> is a real explanation: it starts at an affected entrypoint, every step
    /// is a dependsOn member of the step before, every component on it is down (or, for a degradation, not up)
    /// when the target fails alone, and it ends at the target component, or at a component the target holds
    /// (a unit in the zone, region or domain; a sole owner) followed by the target's name.
    /// Returns null when the path is fine, else what is wrong.
    /// </summary>
    internal static class FindingPathChecker
    {
        public static string? Problem(SpofModel model, Finding finding)
        {
            var path = finding.Path;
            if (path.Count == 0)
            {
                return "empty path";
            }

            if (!finding.Affects.Contains(path[0]))
            {
                return $"path starts at {path[0]}, which is not an affected entrypoint";
            }

            var components = finding.TargetType == TargetType.Component ? path : path.Take(path.Count - 1).ToList();
            if (components.Count == 0 || components.Any(n => model.FindComponent(n) == null))
            {
                return "path names something that is not a component before its end";
            }

            for (var i = 0; i + 1 < components.Count; i++)
            {
                var members = model.FindComponent(components[i])!.DependsOn.SelectMany(d => d.Members);
                if (!members.Contains(components[i + 1]))
                {
                    return $"{components[i + 1]} is not a dependency of {components[i]}";
                }
            }

            var last = model.FindComponent(components[components.Count - 1])!;
            if (finding.TargetType == TargetType.Component ? last.Name != finding.Target : path[path.Count - 1] != finding.Target || !Holds(model, last, finding))
            {
                return $"path ends at {string.Join(" -> ", path.Skip(Math.Max(0, path.Count - 2)))}, which does not reach target {finding.Target}";
            }

            if (finding.Kind == FindingKind.QuorumRisk || finding.Kind == FindingKind.DataLossRisk)
            {
                // A configuration risk, not an outage: the chain only has to reach the component.
                return null;
            }

            // A failover risk is an outage the moment before the failover.
            var semantics = finding.Kind == FindingKind.FailoverRisk ? FailureSemantics.BeforeFailover : FailureSemantics.Full;
            var scenario = new ScenarioEvaluator(semantics).Evaluate(model, EventsOf(model, finding));
            var wantDown = finding.Kind != FindingKind.DegradationRisk && finding.Kind != FindingKind.PersonnelDependency && finding.TargetType != TargetType.People;
            foreach (var name in components)
            {
                var status = scenario.StatusOf(name);
                if (wantDown ? status != HealthStatus.Down : status == HealthStatus.Up)
                {
                    return $"{name} is {status} when {finding.Target} fails, yet lies on the path";
                }
            }

            return null;
        }

        /// <summary>The failure a finding is about: one event, or both events of a double fault ("a + b").</summary>
        public static FailureEvent[] EventsOf(SpofModel model, Finding finding) =>
            finding.TargetType == TargetType.Pair && finding.Pair != null
                ? DoubleFaultExpansion.Representative(model, finding)
                : finding.TargetType == TargetType.Pair
                ? finding.Target.Split(new[] { " + " }, StringSplitOptions.None).Select(name => NamedEvent(model, name)).ToArray()
                : finding.TargetType == TargetType.People
                ? PeopleOf(finding).Select(name => new FailureEvent(FailureEventKind.Person, name)).ToArray()
                : new[] { EventOf(model, finding) };

        /// <summary>The people of a knowledge concentration "a+b" (random models name no one with a '+').</summary>
        private static string[] PeopleOf(Finding finding) => finding.Target.Split('+');

        /// <summary>An instance, zone, region or domain by its name (random models keep these names apart).</summary>
        public static FailureEvent NamedEvent(SpofModel model, string name) =>
            model.FindInstanceOwner(name) != null ? new FailureEvent(FailureEventKind.Instance, name)
            : model.Zones.Contains(name) ? new FailureEvent(FailureEventKind.Zone, name)
            : model.RegionNames.Contains(name) ? new FailureEvent(FailureEventKind.Region, name)
            : new FailureEvent(FailureEventKind.Domain, name);

        public static FailureEvent EventOf(SpofModel model, Finding finding)
        {
            switch (finding.TargetType)
            {
                case TargetType.Component:
                    return new FailureEvent(FailureEventKind.Instance, model.FindComponent(finding.Target)!.Instances[0].Name);
                case TargetType.Zone:
                    return new FailureEvent(FailureEventKind.Zone, finding.Target);
                case TargetType.Region:
                    return new FailureEvent(FailureEventKind.Region, finding.Target);
                case TargetType.Domain:
                    return new FailureEvent(FailureEventKind.Domain, finding.Target);
                default:
                    return new FailureEvent(FailureEventKind.Person, finding.Target);
            }
        }

        /// <summary>Whether the target (zone, region, domain, person) holds part of the component, read straight from the model.</summary>
        private static bool Holds(SpofModel model, Component component, Finding finding)
        {
            var target = finding.Target;
            switch (finding.TargetType)
            {
                case TargetType.Person:
                    return model.OwnersOf(component).SequenceEqual(new[] { target });
                case TargetType.People:
                    return model.OwnersOf(component).OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(PeopleOf(finding));
                case TargetType.Pair:
                    return true; // the pair takes it down together: the scenario below checks that

                case TargetType.Zone:
                    return component.Instances.Any(i => i.Zone == target)
                        || (component.Scope == ComponentScope.Zonal && component.Zones.Contains(target));
                case TargetType.Region:
                    return component.Instances.Any(i => i.Region == target)
                        || (component.Scope == ComponentScope.Regional && component.Region == target)
                        || (component.Scope == ComponentScope.Zonal && component.Zones.Any(z => (model.RegionOfZone(z) ?? component.Region) == target));
                default:
                    return component.Instances.Any(i => i.Domains.Contains(target))
                        || (component.Scope != ComponentScope.None && component.Domains.Contains(target));
            }
        }
    }
}
