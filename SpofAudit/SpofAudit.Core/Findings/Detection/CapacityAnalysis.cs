using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Tells cascades from plain single points of failure. The order-1 analysis already counts capacity (a component
    /// is down when its survivors cannot carry the peak); this runs it once more with capacity left out
    /// (<see cref="FailureSemantics.WithoutCapacity"/>), and an outage event that the second run does not see is an
    /// outage only because survivors would be overloaded: a <see cref="FindingKind.CapacityRisk"/>, with the load
    /// the survivors would face. Models without <c>capacity</c> skip the second run.
    /// </summary>
    internal static class CapacityAnalysis
    {
        /// <summary>Replaces, in place, each outage finding whose event is an outage only by overload with a capacity risk.</summary>
        [MethodImpl(HotPath.Optimized)]
        public static void Reclassify(
            SpofModel model,
            SinglePointAnalysis full,
            IReadOnlyDictionary<string, int> componentIndex,
            SingleFailureFindings assembled,
            CancellationToken cancellation)
        {
            if (!model.Components.Any(c => c.EffectiveMinHealthy > c.MinHealthy))
            {
                return;
            }

            var events = full.Events;
            var baseline = SinglePointAnalysis.Run(model, full.Graph, events, cancellation, FailureSemantics.WithoutCapacity);
            var plainOutage = EntrypointHits.AnyOf(baseline.Sets, baseline.Down, model.Entrypoints.Distinct().Select(n => componentIndex[n]), events.Count);

            // Per event, the components whose survivors it overloads: local outages that exist only with capacity.
            var overloads = new List<int>?[events.Count];
            for (var c = 0; c < model.Components.Count; c++)
            {
                if (model.Components[c].EffectiveMinHealthy == model.Components[c].MinHealthy)
                {
                    continue;
                }

                foreach (var e in full.LocalDown[c])
                {
                    if (!EventSetBuilder.Contains(baseline.LocalDown[c], e))
                    {
                        (overloads[e] ??= new List<int>()).Add(c);
                    }
                }
            }

            var findings = assembled.Findings;
            for (var i = 0; i < findings.Length; i++)
            {
                var e = assembled.Events[i];
                if (e >= 0 && !plainOutage[e] && overloads[e] is { } overloaded)
                {
                    findings[i] = CapacityFinding(model, events, findings[i], e, overloaded, assembled.Outages.Criticalities(e));
                }
            }
        }

        private static Finding CapacityFinding(SpofModel model, EventCatalog events, Finding finding, int e, List<int> overloaded, List<Criticality?> affected)
        {
            // Name the overloaded component the finding's chain goes through, if one is on it.
            var onChain = overloaded.FindIndex(c => finding.Components.Contains(model.Components[c].Name) || finding.Path.Contains(model.Components[c].Name));
            var component = model.Components[overloaded[onChain < 0 ? 0 : onChain]];
            var units = PlacementUnits.Of(component, model);
            var survivors = units.Length - UnitsHit(units, events, e);
            var lost = events.KindOf(e) switch
            {
                FailureEventKind.Instance => $"one of {component.Name}'s {units.Length} instances",
                FailureEventKind.Zone => $"zone {finding.Target}",
                FailureEventKind.Region => $"region {finding.Target}",
                _ => $"domain {finding.Target}",
            };
            var involved = affected.Append(finding.TargetType == TargetType.Component ? component.Criticality : null);
            return new Finding(
                FindingKind.CapacityRisk,
                SeverityRules.For(FindingKind.CapacityRisk, finding.TargetType, involved),
                finding.Target,
                finding.TargetType,
                finding.Affects,
                finding.Path,
                finding.Components,
                Recommendations.ForCapacity(
                    lost,
                    component,
                    survivors,
                    overloaded.Where(c => model.Components[c] != component).Select(c => model.Components[c].Name).ToArray(),
                    events.KindOf(e) == FailureEventKind.Instance),
                finding.Model,
                finding.Location);
        }

        /// <summary>How many of the units event <paramref name="e"/> fails (an instance event fails one).</summary>
        private static int UnitsHit(PlacementUnit[] units, EventCatalog events, int e)
        {
            var kind = events.KindOf(e);
            if (kind == FailureEventKind.Instance)
            {
                return 1;
            }

            var name = events.NameOf(e);
            var hit = 0;
            foreach (var unit in units)
            {
                var isHit = kind == FailureEventKind.Zone ? unit.Zone == name
                    : kind == FailureEventKind.Region ? unit.Region == name
                    : unit.Domains.Contains(name);
                hit += isHit ? 1 : 0;
            }

            return hit;
        }
    }
}
