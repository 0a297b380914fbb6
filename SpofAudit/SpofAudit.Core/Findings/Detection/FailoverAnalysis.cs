using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// What a standby and a replica are worth. With a standby or replication the first instance is the primary.
    /// <see cref="FindingKind.FailoverRisk"/>: an event the system survives only after a failover that interrupts it
    /// (a warm or cold standby, or a manual failover): the order-1 pass runs once more reading "down" the moment
    /// before failover (<see cref="FailureSemantics.BeforeFailover"/>), and its outage events that the full model
    /// survives are failover risks. <see cref="FindingKind.DataLossRisk"/>: a component that replicates
    /// asynchronously, so whatever forces a failover (its primary, or the zone, region or domain holding it) loses
    /// the writes not yet replicated.
    /// </summary>
    internal static class FailoverAnalysis
    {
        [MethodImpl(HotPath.Optimized)]
        public static List<Finding> Find(
            SpofModel model,
            SinglePointAnalysis full,
            IReadOnlyDictionary<string, int> componentIndex,
            EntrypointReach reach,
            CancellationToken cancellation)
        {
            var findings = new List<Finding>();
            if (model.Components.Any(c => c.FailoverInterrupts))
            {
                AddFailoverRisks(model, full, componentIndex, findings, cancellation);
            }

            for (var c = 0; c < model.Components.Count; c++)
            {
                var component = model.Components[c];
                if (component.HasPrimary && component.Replication == ReplicationMode.Async)
                {
                    var (affects, count, path) = reach.Of(c);
                    if (count > 0)
                    {
                        findings.Add(DataLossFinding(model, component, NameList.Bounded(affects, count), path, reach.Criticalities(c)));
                    }
                }
            }

            return findings;
        }

        private static void AddFailoverRisks(
            SpofModel model,
            SinglePointAnalysis full,
            IReadOnlyDictionary<string, int> componentIndex,
            List<Finding> findings,
            CancellationToken cancellation)
        {
            var events = full.Events;
            var before = SinglePointAnalysis.Run(model, full.Graph, events, cancellation, FailureSemantics.BeforeFailover);
            var entrypoints = model.Entrypoints.Distinct().OrderBy(n => n, StringComparer.Ordinal).Select(n => componentIndex[n]).ToArray();
            var outage = EntrypointHits.AnyOf(full.Sets, full.Down, entrypoints, events.Count);
            var affects = EntrypointHits.Of(model, before.Sets, before.Down, entrypoints, events.Count);

            // Per event, the interrupting components whose primary it fails: local outages that exist only before failover.
            var primaries = new List<Component>?[events.Count];
            for (var c = 0; c < model.Components.Count; c++)
            {
                if (!model.Components[c].FailoverInterrupts)
                {
                    continue;
                }

                foreach (var e in before.LocalDown[c])
                {
                    if (!EventSetBuilder.Contains(full.LocalDown[c], e))
                    {
                        (primaries[e] ??= new List<Component>()).Add(model.Components[c]);
                    }
                }
            }

            var marks = new VisitMarks(before.Graph.NodeCount);
            var witness = new WitnessPath(before, marks);
            var hit = new HitComponents(model, before, marks);
            for (var e = 0; e < events.Count; e++)
            {
                if (outage[e] || affects.Count(e) == 0 || primaries[e] is not { } failedOver)
                {
                    continue;
                }

                var entries = affects.First(e);

                var kind = events.KindOf(e);
                var target = events.NameOf(e);
                var chain = witness.ForDown(entries[0], e, kind == FailureEventKind.Instance ? PathBound.WalkBudget : int.MaxValue, out var whole)
                    .Where(n => !full.Graph.IsGroup(n)).Select(n => model.Components[n].Name).ToList();
                if (kind != FailureEventKind.Instance)
                {
                    chain.Add(target);
                }

                var path = whole ? PathBound.Of(chain) : PathBound.Cut(chain, target);

                var targetType = kind switch
                {
                    FailureEventKind.Instance => TargetType.Component,
                    FailureEventKind.Zone => TargetType.Zone,
                    FailureEventKind.Region => TargetType.Region,
                    _ => TargetType.Domain,
                };
                var components = kind == FailureEventKind.Instance ? new[] { target } : hit.Find(e, affects.All(e), degraded: false);
                var lost = kind == FailureEventKind.Instance
                    ? $"{model.Components[e].Instances[0].Name}, the primary of {target},"
                    : $"{kind.ToString().ToLowerInvariant()} {target}";
                var rto = failedOver.Max(c => c.Rto);
                var involved = affects.Criticalities(e).Concat(failedOver.Select(c => c.Criticality));
                findings.Add(new Finding(
                    FindingKind.FailoverRisk,
                    SeverityRules.ForRecovery(FindingKind.FailoverRisk, rto, involved),
                    target,
                    targetType,
                    NameList.Bounded(entries.Select(i => model.Components[i].Name).ToArray(), affects.Count(e)),
                    path,
                    components,
                    Recommendations.ForFailover(lost, failedOver),
                    model.Name,
                    FindingLocation.Of(model, targetType, target, path)));
            }
        }

        private static Finding DataLossFinding(SpofModel model, Component component, NameList affects, IReadOnlyList<string> path, List<Criticality?> affected)
        {
            // What fails the primary but leaves another instance to fail over to.
            var primary = component.Instances[0];
            var forcing = new List<string> { primary.Name };
            var others = component.Instances.Skip(1).ToArray();
            if (primary.Zone != null && others.Any(i => i.Zone != primary.Zone))
            {
                forcing.Add("zone " + primary.Zone);
            }

            if (primary.Region != null && others.Any(i => i.Region != primary.Region))
            {
                forcing.Add("region " + primary.Region);
            }

            forcing.AddRange(primary.Domains.Where(d => others.Any(i => !i.Domains.Contains(d))).Select(d => "domain " + d));
            var involved = affected.Append(component.Criticality);
            return new Finding(
                FindingKind.DataLossRisk,
                SeverityRules.ForRecovery(FindingKind.DataLossRisk, component.Rpo, involved),
                component.Name,
                TargetType.Component,
                affects,
                path,
                new[] { component.Name },
                Recommendations.ForDataLoss(component, forcing),
                model.Name,
                FindingLocation.Of(model, TargetType.Component, component.Name, path));
        }
    }
}
