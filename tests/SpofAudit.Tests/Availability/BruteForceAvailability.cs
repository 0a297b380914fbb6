using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Analysis.Availability;
using SpofAudit.Model;

namespace SpofAudit.Tests.Availability
{
    /// <summary>
    /// P(down), Birnbaum and Fussell-Vesely of one entrypoint the slow way: every one of the 2^n states of the n events
    /// it can depend on, each judged by <see cref="ScenarioEvaluator"/> (the what-if engine, not the fault tree). A failover
    /// gap of component C is judged by evaluating, before failover, a model in which only the components whose gap is on
    /// keep their warm, cold or manual standby.
    /// </summary>
    internal sealed class BruteForceAvailability
    {
        private readonly List<(string Key, FailureEvent? Event, string? Gap, double Failure)> _events = new List<(string, FailureEvent?, string?, double)>();

        public BruteForceAvailability(SpofModel closure, AvailabilityAssumptions assumptions)
        {
            Model = closure;
            foreach (var c in closure.Components)
            {
                foreach (var i in c.Instances)
                {
                    _events.Add(($"instance:{i.Name}", new FailureEvent(FailureEventKind.Instance, i.Name), null, 1 - (c.Availability ?? assumptions.Instance)));
                }

                if (c.FailoverInterrupts)
                {
                    _events.Add(($"failover:{c.Name}", null, c.Name, 1 - assumptions.Failover));
                }
            }

            _events.AddRange(closure.Zones.Select(z => ($"zone:{z}", (FailureEvent?)new FailureEvent(FailureEventKind.Zone, z), (string?)null, 1 - assumptions.Zone)));
            _events.AddRange(closure.RegionNames.Select(r => ($"region:{r}", (FailureEvent?)new FailureEvent(FailureEventKind.Region, r), (string?)null, 1 - assumptions.Region)));
            _events.AddRange(closure.DomainNames.Select(d => ($"domain:{d}", (FailureEvent?)new FailureEvent(FailureEventKind.Domain, d), (string?)null, 1 - assumptions.Domain)));
        }

        public SpofModel Model { get; }

        public int EventCount => _events.Count;

        /// <summary>P(down) and, per event key (<c>kind:name</c>), its Birnbaum and Fussell-Vesely (SCRAM's DIF) importance.</summary>
        public double Run(string entrypoint, out Dictionary<string, (double Birnbaum, double FussellVesely)> importance)
        {
            var n = _events.Count;
            var downWithFailed = new double[n];
            var total = 0.0;
            var gapModels = new Dictionary<string, SpofModel>(StringComparer.Ordinal);
            for (var state = 0L; state < 1L << n; state++)
            {
                var probability = 1.0;
                var failures = new List<FailureEvent>();
                var gaps = new List<string>();
                for (var e = 0; e < n; e++)
                {
                    var failed = (state >> e & 1) == 1;
                    probability *= failed ? _events[e].Failure : 1 - _events[e].Failure;
                    if (failed && _events[e].Event != null)
                    {
                        failures.Add(_events[e].Event!);
                    }
                    else if (failed)
                    {
                        gaps.Add(_events[e].Gap!);
                    }
                }

                if (!IsDown(entrypoint, failures, gaps, gapModels))
                {
                    continue;
                }

                total += probability;
                for (var e = 0; e < n; e++)
                {
                    if ((state >> e & 1) == 1)
                    {
                        downWithFailed[e] += probability;
                    }
                }
            }

            importance = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
            for (var e = 0; e < n; e++)
            {
                var p = _events[e].Failure;
                var birnbaum = downWithFailed[e] / p - (total - downWithFailed[e]) / (1 - p);
                importance[_events[e].Key] = (birnbaum, total > 0 ? downWithFailed[e] / total : 0);
            }

            return total;
        }

        private bool IsDown(string entrypoint, List<FailureEvent> failures, List<string> gaps, Dictionary<string, SpofModel> gapModels)
        {
            if (!Model.Components.Any(c => c.FailoverInterrupts))
            {
                return new ScenarioEvaluator().Evaluate(Model, failures).StatusOf(entrypoint) == HealthStatus.Down;
            }

            var key = string.Join("\n", gaps);
            if (!gapModels.TryGetValue(key, out var model))
            {
                var hot = new Standby(StandbyMode.Hot, FailoverMode.Automatic);
                var components = Model.Components.Select(c => !c.FailoverInterrupts || gaps.Contains(c.Name) ? c : new Component(
                    c.Name, c.Kind, c.Instances, c.MinHealthy, c.Scope, c.Region, c.Zones, c.Domains, c.DependsOn, c.Owners,
                    hot, c.Replication, c.Criticality, c.Availability, c.Tags, c.Location, c.Capacity, c.Quorum, c.Rto, c.Rpo, c.BackupEvery)).ToArray();
                model = new SpofModel(Model.Name, components, Model.Entrypoints, Model.Regions, Model.People, Model.Teams, Model.Sources);
                gapModels[key] = model;
            }

            return new ScenarioEvaluator(FailureSemantics.BeforeFailover).Evaluate(model, failures).StatusOf(entrypoint) == HealthStatus.Down;
        }
    }
}
