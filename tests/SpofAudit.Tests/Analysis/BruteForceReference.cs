using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// The findings docs/design.md §4-5 predict, found the slow way: fail every single event alone (each instance,
    /// zone, region, domain and person) with <see cref="ScenarioEvaluator"/> and look at the entrypoints.
    /// Instances are reported per component, so every instance of a component must have the same effect;
    /// if two do not, the reference yields an "inconsistent" finding that no analysis can match. An outage that
    /// the same event does not cause when capacity is ignored is a CapacityRisk. Knowledge concentrations come from
    /// failing sets of people together (<see cref="BruteForceTruckFactors"/>).
    /// </summary>
    internal static class BruteForceReference
    {
        public static HashSet<ExpectedFinding> Findings(SpofModel model)
        {
            var evaluator = new ScenarioEvaluator();
            var entrypoints = model.Entrypoints.Distinct().ToArray();
            var result = new HashSet<ExpectedFinding>();

            foreach (var component in model.Components)
            {
                var perInstance = component.Instances
                    .Select(i => Judge(evaluator, model, entrypoints, new FailureEvent(FailureEventKind.Instance, i.Name), component.Name, TargetType.Component))
                    .Distinct()
                    .ToArray();
                if (perInstance.Length > 1)
                {
                    result.Add(new ExpectedFinding(FindingKind.SinglePointOfFailure, component.Name, TargetType.Component, "INCONSISTENT between instances"));
                }
                else if (perInstance.Length == 1 && perInstance[0] != null)
                {
                    result.Add(perInstance[0]!);
                }
            }

            AddAll(result, model.Zones, FailureEventKind.Zone, TargetType.Zone, evaluator, model, entrypoints);
            AddAll(result, model.RegionNames, FailureEventKind.Region, TargetType.Region, evaluator, model, entrypoints);
            AddAll(result, model.DomainNames, FailureEventKind.Domain, TargetType.Domain, evaluator, model, entrypoints);
            var people = model.People.Select(p => p.Name).Concat(model.Components.SelectMany(model.OwnersOf)).Distinct().ToArray();
            AddAll(result, people, FailureEventKind.Person, TargetType.Person, evaluator, model, entrypoints);
            AddQuorumRisks(result, model, entrypoints);
            AddFailoverRisks(result, model, entrypoints);
            AddDataLossRisks(result, model, entrypoints);
            result.UnionWith(BruteForceTruckFactors.KnowledgeConcentrations(model).Select(k => k.Finding));
            return result;
        }

        /// <summary>
        /// A FailoverRisk for each single event (the primary of a component with an interrupting failover, any zone,
        /// region or domain) that takes no entrypoint down, yet takes some down the moment before failover.
        /// </summary>
        private static void AddFailoverRisks(HashSet<ExpectedFinding> result, SpofModel model, string[] entrypoints)
        {
            var full = new ScenarioEvaluator();
            var before = new ScenarioEvaluator(FailureSemantics.BeforeFailover);
            var candidates = model.Components.Where(c => c.FailoverInterrupts)
                .Select(c => (Event: new FailureEvent(FailureEventKind.Instance, c.Instances[0].Name), Target: c.Name, Type: TargetType.Component))
                .Concat(model.Zones.Select(z => (Event: new FailureEvent(FailureEventKind.Zone, z), Target: z, Type: TargetType.Zone)))
                .Concat(model.RegionNames.Select(r => (Event: new FailureEvent(FailureEventKind.Region, r), Target: r, Type: TargetType.Region)))
                .Concat(model.DomainNames.Select(d => (Event: new FailureEvent(FailureEventKind.Domain, d), Target: d, Type: TargetType.Domain)));
            foreach (var (failure, target, type) in candidates)
            {
                var always = full.Evaluate(model, new[] { failure });
                if (entrypoints.Any(e => always.StatusOf(e) == HealthStatus.Down))
                {
                    continue;
                }

                var interim = before.Evaluate(model, new[] { failure });
                var down = entrypoints.Where(e => interim.StatusOf(e) == HealthStatus.Down).ToArray();
                if (down.Length > 0)
                {
                    result.Add(new ExpectedFinding(FindingKind.FailoverRisk, target, type, ExpectedFinding.Join(down)));
                }
            }
        }

        /// <summary>A DataLossRisk for each component with a primary that replicates asynchronously, for the entrypoints that reach it.</summary>
        private static void AddDataLossRisks(HashSet<ExpectedFinding> result, SpofModel model, string[] entrypoints)
        {
            var reachable = entrypoints.ToDictionary(e => e, e => Reachable(model, e));
            foreach (var component in model.Components.Where(c => c.Scope == ComponentScope.None && c.Instances.Count > 1 && c.Replication == ReplicationMode.Async))
            {
                var affects = entrypoints.Where(e => reachable[e].Contains(component.Name)).ToArray();
                if (affects.Length > 0)
                {
                    result.Add(new ExpectedFinding(FindingKind.DataLossRisk, component.Name, TargetType.Component, ExpectedFinding.Join(affects)));
                }
            }
        }

        /// <summary>A QuorumRisk for each quorum group with problems, affecting every entrypoint that reaches it through any dependency.</summary>
        private static void AddQuorumRisks(HashSet<ExpectedFinding> result, SpofModel model, string[] entrypoints)
        {
            var reachable = entrypoints.ToDictionary(e => e, e => Reachable(model, e));
            foreach (var component in model.Components)
            {
                var units = component.Scope == ComponentScope.None ? component.Instances.Count : component.Scope == ComponentScope.Zonal ? component.Zones.Count : 1;
                if (QuorumAnalysis.ProblemsOf(component, units).Count == 0)
                {
                    continue;
                }

                var affects = entrypoints.Where(e => reachable[e].Contains(component.Name)).ToArray();
                if (affects.Length > 0)
                {
                    result.Add(new ExpectedFinding(FindingKind.QuorumRisk, component.Name, TargetType.Component, ExpectedFinding.Join(affects)));
                }
            }
        }

        private static HashSet<string> Reachable(SpofModel model, string start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var pending = new Stack<string>(seen);
            while (pending.Count > 0)
            {
                foreach (var member in model.FindComponent(pending.Pop())!.DependsOn.SelectMany(d => d.Members))
                {
                    if (seen.Add(member))
                    {
                        pending.Push(member);
                    }
                }
            }

            return seen;
        }

        private static void AddAll(HashSet<ExpectedFinding> result, IEnumerable<string> names, FailureEventKind kind, TargetType type, ScenarioEvaluator evaluator, SpofModel model, string[] entrypoints)
        {
            foreach (var name in names)
            {
                if (Judge(evaluator, model, entrypoints, new FailureEvent(kind, name), name, type) is { } finding)
                {
                    result.Add(finding);
                }
            }
        }

        private static ExpectedFinding? Judge(ScenarioEvaluator evaluator, SpofModel model, string[] entrypoints, FailureEvent failure, string target, TargetType type)
        {
            var scenario = evaluator.Evaluate(model, new[] { failure });
            var down = entrypoints.Where(e => scenario.StatusOf(e) == HealthStatus.Down).ToArray();
            if (down.Length > 0)
            {
                // An outage that a model without capacity would not have is a cascade of overload.
                var withoutCapacity = new ScenarioEvaluator(FailureSemantics.WithoutCapacity).Evaluate(model, new[] { failure });
                var kind = !entrypoints.Any(e => withoutCapacity.StatusOf(e) == HealthStatus.Down) ? FindingKind.CapacityRisk
                    : type == TargetType.Zone ? FindingKind.SingleZoneRisk
                    : type == TargetType.Region ? FindingKind.SingleRegionRisk
                    : FindingKind.SinglePointOfFailure;
                return new ExpectedFinding(kind, target, type, ExpectedFinding.Join(down));
            }

            var degraded = entrypoints.Where(e => scenario.StatusOf(e) == HealthStatus.Degraded).ToArray();
            if (degraded.Length > 0)
            {
                var kind = type == TargetType.Person ? FindingKind.PersonnelDependency : FindingKind.DegradationRisk;
                return new ExpectedFinding(kind, target, type, ExpectedFinding.Join(degraded));
            }

            return null;
        }
    }
}
