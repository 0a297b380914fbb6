using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Evaluates the model under any set of failures, straight from docs/design.md §4: which units are down, which
    /// components fall below <c>minHealthy</c>, then down-ness and degradation spread to dependents through a
    /// work list, each component at most once, which gives the least fixed point (a cycle falls only when
    /// something outside it does). Used for what-ifs, and by the tests as the brute-force reference that the
    /// order-1 analysis must agree with.
    /// </summary>
    public sealed class ScenarioEvaluator
    {
        private readonly FailureSemantics _semantics;

        public ScenarioEvaluator()
            : this(FailureSemantics.Full)
        {
        }

        /// <summary>An evaluator that reads "down" as <paramref name="semantics"/> says (the what-if cmdlets use <see cref="FailureSemantics.Full"/>).</summary>
        public ScenarioEvaluator(FailureSemantics semantics)
        {
            _semantics = semantics;
        }

        public ScenarioResult Evaluate(SpofModel model, IEnumerable<FailureEvent> failures)
        {
            var failed = failures.Distinct().ToList();
            var byKind = failed.ToLookup(f => f.Kind, f => f.Name);
            var components = new HashSet<string>(byKind[FailureEventKind.Component], StringComparer.Ordinal);
            var instances = new HashSet<string>(byKind[FailureEventKind.Instance], StringComparer.Ordinal);
            var zones = new HashSet<string>(byKind[FailureEventKind.Zone], StringComparer.Ordinal);
            var regions = new HashSet<string>(byKind[FailureEventKind.Region], StringComparer.Ordinal);
            var domains = new HashSet<string>(byKind[FailureEventKind.Domain], StringComparer.Ordinal);
            var people = new HashSet<string>(byKind[FailureEventKind.Person], StringComparer.Ordinal);

            var index = model.ComponentIndex;
            var count = model.Components.Count;
            var names = model.Components.Select(c => c.Name).ToArray();
            var status = new HealthStatus[count];
            var cause = Enumerable.Repeat(-1, count).ToArray();
            var reason = new string?[count];
            var dependents = Dependents(model, index);
            var downMembers = model.Components.Select(c => new int[c.DependsOn.Count]).ToArray();
            var memberCounts = model.Components
                .Select(c => c.DependsOn.Select(d => d.Members.Distinct(StringComparer.Ordinal).Count()).ToArray())
                .ToArray();
            var queue = new Queue<int>();

            for (var c = 0; c < count; c++)
            {
                var component = model.Components[c];
                var local = LocalFailure(component, model, components, instances, zones, regions, domains, _semantics);
                if (local != null)
                {
                    status[c] = HealthStatus.Down;
                    reason[c] = local;
                    queue.Enqueue(c);
                }
            }

            // Down spreads through hard dependencies, counting members for k-of-n groups.
            while (queue.Count > 0)
            {
                var member = queue.Dequeue();
                foreach (var (dependent, slot) in dependents[member])
                {
                    var dependency = model.Components[dependent].DependsOn[slot];
                    downMembers[dependent][slot]++;
                    if (dependency.Soft || status[dependent] == HealthStatus.Down || !IsUnmet(dependency, memberCounts[dependent][slot], downMembers[dependent][slot]))
                    {
                        continue;
                    }

                    status[dependent] = HealthStatus.Down;
                    cause[dependent] = member;
                    queue.Enqueue(dependent);
                }
            }

            // Degradation: a soft dependency not met, no owner left, then spread through hard dependencies.
            for (var c = 0; c < count; c++)
            {
                if (status[c] != HealthStatus.Up)
                {
                    continue;
                }

                var component = model.Components[c];
                for (var slot = 0; slot < component.DependsOn.Count && status[c] == HealthStatus.Up; slot++)
                {
                    var dependency = component.DependsOn[slot];
                    if (dependency.Soft && IsUnmet(dependency, memberCounts[c][slot], downMembers[c][slot]))
                    {
                        status[c] = HealthStatus.Degraded;
                        cause[c] = dependency.Members.Select(m => index[m]).First(m => status[m] == HealthStatus.Down);
                    }
                }

                var owners = model.OwnersOf(component);
                if (status[c] == HealthStatus.Up && owners.Count > 0 && owners.All(people.Contains))
                {
                    status[c] = HealthStatus.Degraded;
                    reason[c] = $"no one left to operate {component.Name}: {string.Join(", ", owners)} unavailable";
                }

                if (status[c] == HealthStatus.Degraded)
                {
                    queue.Enqueue(c);
                }
            }

            while (queue.Count > 0)
            {
                var member = queue.Dequeue();
                foreach (var (dependent, slot) in dependents[member])
                {
                    if (model.Components[dependent].DependsOn[slot].Soft || status[dependent] != HealthStatus.Up)
                    {
                        continue;
                    }

                    status[dependent] = HealthStatus.Degraded;
                    cause[dependent] = member;
                    queue.Enqueue(dependent);
                }
            }

            return new ScenarioResult(failed, index, names, status, cause, reason);
        }

        /// <summary>A dependency fails when more members are down than it can spare.</summary>
        private static bool IsUnmet(Dependency dependency, int members, int downMembers) =>
            members - downMembers < dependency.Required;

        /// <summary>Per component, the (dependent, dependsOn slot) pairs that name it, each member once per slot.</summary>
        private static List<(int Dependent, int Slot)>[] Dependents(SpofModel model, IReadOnlyDictionary<string, int> index)
        {
            var dependents = model.Components.Select(_ => new List<(int, int)>()).ToArray();
            for (var c = 0; c < model.Components.Count; c++)
            {
                var dependsOn = model.Components[c].DependsOn;
                for (var slot = 0; slot < dependsOn.Count; slot++)
                {
                    foreach (var member in dependsOn[slot].Members.Distinct(StringComparer.Ordinal))
                    {
                        dependents[index[member]].Add((c, slot));
                    }
                }
            }

            return dependents;
        }

        /// <summary>Why the component's own units leave it below minHealthy, or null when they do not.</summary>
        private static string? LocalFailure(
            Component component,
            SpofModel model,
            HashSet<string> components,
            HashSet<string> instances,
            HashSet<string> zones,
            HashSet<string> regions,
            HashSet<string> domains,
            FailureSemantics semantics)
        {
            if (components.Contains(component.Name))
            {
                return $"{component.Name} failed";
            }

            var units = PlacementUnits.Of(component, model);
            var causes = new SortedSet<string>(StringComparer.Ordinal);
            var down = 0;
            var primaryDown = false;
            foreach (var unit in units)
            {
                var before = causes.Count;
                var isDown = false;
                if (unit.InstanceName != null && instances.Contains(unit.InstanceName))
                {
                    causes.Add($"instance {unit.InstanceName}");
                    isDown = true;
                }

                if (unit.Zone != null && zones.Contains(unit.Zone))
                {
                    causes.Add($"zone {unit.Zone}");
                    isDown = true;
                }

                if (unit.Region != null && regions.Contains(unit.Region))
                {
                    causes.Add($"region {unit.Region}");
                    isDown = true;
                }

                foreach (var domain in unit.Domains.Where(domains.Contains))
                {
                    causes.Add($"domain {domain}");
                    isDown = true;
                }

                down += isDown ? 1 : 0;
                primaryDown |= isDown && unit.InstanceName != null && unit.InstanceName == units[0].InstanceName;
            }

            if (primaryDown && (semantics & FailureSemantics.BeforeFailover) != 0 && component.FailoverInterrupts)
            {
                var standby = component.Standby!;
                return $"{string.Join(", ", causes)} failed: primary {units[0].InstanceName} is down and the {standby.Mode.ToString().ToLowerInvariant()} standby takes over only after a {standby.Failover.ToString().ToLowerInvariant()} failover"
                    + (component.Rto is TimeSpan rto ? $" (rto {Duration.Format(rto)})" : string.Empty);
            }

            var minHealthy = PlacementUnits.MinHealthy(component, semantics);
            if (units.Length - down >= minHealthy)
            {
                return null;
            }

            var what = component.Scope == ComponentScope.None ? "instances" : "locations";
            var reason = $"{string.Join(", ", causes)} failed: {down} of {units.Length} {what} down, needs {minHealthy}";
            if (minHealthy > component.MinHealthy && units.Length - down >= component.MinHealthy)
            {
                // Enough survivors by count, too few for the load: say so, it is a cascade, not a lack of replicas.
                reason += $" to carry the peak; the {units.Length - down} left would run at {component.Capacity!.LoadPercent(units.Length - down)}% of capacity ({component.Capacity})";
            }

            return reason;
        }
    }
}
