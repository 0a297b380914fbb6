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
    /// Turns the order-1 sets into findings: which entrypoints each event takes down or degrades, one
    /// explaining path, the components it hits, a severity and a recommendation. Each finding keeps its event beside
    /// it (<see cref="SingleFailureFindings.Events"/>), so a later pass reads the event, not the finding's text.
    /// </summary>
    internal static class FindingAssembler
    {
        [MethodImpl(HotPath.Optimized)]
        public static SingleFailureFindings Assemble(SpofModel model, SinglePointAnalysis analysis, IReadOnlyDictionary<string, int> componentIndex)
        {
            var events = analysis.Events;
            var entrypoints = model.Entrypoints.Distinct().OrderBy(n => n, StringComparer.Ordinal).Select(n => componentIndex[n]).ToArray();
            var down = EntrypointHits.Of(model, analysis.Sets, analysis.Down, entrypoints, events.Count);
            var degraded = EntrypointHits.Of(model, analysis.Sets, analysis.Degraded, entrypoints, events.Count);

            // A zone, region or domain finding walks the whole part of the graph its event takes down, an instance or
            // person finding one chain: the few wide ones go first, a few to a chunk, so no core is left with a
            // chunk of them at the end while the other waits.
            var wide = new List<int>();
            var narrow = new List<int>();
            for (var e = 0; e < events.Count; e++)
            {
                if (down.Count(e) > 0 || degraded.Count(e) > 0)
                {
                    var kind = events.KindOf(e);
                    (kind == FailureEventKind.Instance || kind == FailureEventKind.Person ? narrow : wide).Add(e);
                }
            }

            // Findings are independent of each other: build them on every core, each with its own walkers.
            var findings = new Finding[wide.Count + narrow.Count];
            Build(model, analysis, wide, 1, down, degraded, findings, 0);
            Build(model, analysis, narrow, 64, down, degraded, findings, wide.Count);
            var outageEvents = new int[findings.Length];
            for (var i = 0; i < outageEvents.Length; i++)
            {
                var e = i < wide.Count ? wide[i] : narrow[i - wide.Count];
                outageEvents[i] = down.Count(e) > 0 ? e : -1;
            }

            return new SingleFailureFindings(findings, outageEvents, down);
        }

        private static void Build(
            SpofModel model,
            SinglePointAnalysis analysis,
            List<int> withFinding,
            int minimumChunk,
            EntrypointHits down,
            EntrypointHits degraded,
            Finding[] findings,
            int offset)
        {
            ParallelChunks.Run(withFinding.Count, minimumChunk, CancellationToken.None, () => NewWalkers(model, analysis), (i, walkers) =>
            {
                var e = withFinding[i];
                findings[offset + i] = down.Count(e) > 0
                    ? DownFinding(model, analysis, walkers.Hits, walkers.Witness, e, down)
                    : DegradedFinding(model, analysis, walkers.Hits, walkers.Witness, e, degraded);
            });
        }

        /// <summary>One worker's walkers, sharing its visit marks: they walk one after another.</summary>
        private static (HitComponents Hits, WitnessPath Witness) NewWalkers(SpofModel model, SinglePointAnalysis analysis)
        {
            var marks = new VisitMarks(analysis.Graph.NodeCount);
            return (new HitComponents(model, analysis, marks), new WitnessPath(analysis, marks));
        }

        private static Finding DownFinding(SpofModel model, SinglePointAnalysis analysis, HitComponents hitComponents, WitnessPath witness, int e, EntrypointHits affects)
        {
            var events = analysis.Events;
            var target = events.NameOf(e);
            var first = affects.First(e);
            var affected = NameList.Bounded(ComponentNames(model, first), affects.Count(e));
            var kind = events.KindOf(e);
            if (kind == FailureEventKind.Instance)
            {
                // One finding per component on a chain: its walk is bounded, or a chain of n would cost n² steps.
                var chain = Names(model, analysis, witness.ForDown(first[0], e, PathBound.WalkBudget, out var whole));
                var component = model.Components[e];
                return Make(model, FindingKind.SinglePointOfFailure, target, TargetType.Component, affects.Criticalities(e), affected,
                    whole ? PathBound.Of(chain) : PathBound.Cut(chain, target), new[] { target }, Recommendations.ForComponent(component), component.Criticality);
            }

            // A wide event's hit components take a walk over all it takes down; its whole chain costs no more.
            var path = PathBound.Of(Append(Names(model, analysis, witness.ForDown(first[0], e, int.MaxValue, out _)), target));
            var hit = hitComponents.Find(e, affects.All(e), degraded: false);
            switch (kind)
            {
                case FailureEventKind.Zone:
                    return Make(model, FindingKind.SingleZoneRisk, target, TargetType.Zone, affects.Criticalities(e), affected, path, hit,
                        Recommendations.ForZone(target, hit.Select(name => model.FindComponent(name)!).ToArray(), model.IsZoneUndisclosed(target)), null);
                case FailureEventKind.Region:
                    return Make(model, FindingKind.SingleRegionRisk, target, TargetType.Region, affects.Criticalities(e), affected, path, hit,
                        Recommendations.ForRegion(target, hit), null);
                default:
                    return Make(model, FindingKind.SinglePointOfFailure, target, TargetType.Domain, affects.Criticalities(e), affected, path, hit,
                        Recommendations.ForDomain(target, hit), null);
            }
        }

        private static Finding DegradedFinding(SpofModel model, SinglePointAnalysis analysis, HitComponents hitComponents, WitnessPath witness, int e, EntrypointHits affects)
        {
            var events = analysis.Events;
            var target = events.NameOf(e);
            var first = affects.First(e);
            var affected = NameList.Bounded(ComponentNames(model, first), affects.Count(e));
            var kind = events.KindOf(e);
            var isComponent = kind == FailureEventKind.Instance;
            var chain = Names(model, analysis, witness.ForDegraded(first[0], e, isComponent ? PathBound.WalkBudget : int.MaxValue, out var whole));
            var path = isComponent ? (whole ? PathBound.Of(chain) : PathBound.Cut(chain, target)) : PathBound.Of(Append(chain, target));
            var hit = isComponent ? new[] { target } : hitComponents.Find(e, affects.All(e), degraded: true);
            if (kind == FailureEventKind.Person)
            {
                return Make(model, FindingKind.PersonnelDependency, target, TargetType.Person, affects.Criticalities(e), affected, path, hit,
                    Recommendations.ForPerson(target, hit, OperatorEvidenceOf.People(model, new[] { target }, hit)), null);
            }

            var targetType = kind == FailureEventKind.Zone ? TargetType.Zone
                : kind == FailureEventKind.Region ? TargetType.Region
                : isComponent ? TargetType.Component : TargetType.Domain;
            return Make(model, FindingKind.DegradationRisk, target, targetType, affects.Criticalities(e), affected, path,
                hit, Recommendations.ForDegradation(target, affected),
                isComponent ? model.Components[e].Criticality : null);
        }

        private static Finding Make(
            SpofModel model,
            FindingKind kind,
            string target,
            TargetType targetType,
            List<Criticality?> affectedCriticalities,
            NameList affects,
            IReadOnlyList<string> path,
            IReadOnlyList<string> components,
            string recommendation,
            Criticality? targetCriticality)
        {
            // A severity depends only on which criticalities are involved, not on how often: those of the affected entrypoints and the target's.
            affectedCriticalities.Add(targetCriticality);
            return new Finding(kind, SeverityRules.For(kind, affectedCriticalities), target, targetType, affects, path, components, recommendation, model.Name,
                FindingLocation.Of(model, targetType, target, path));
        }

        /// <summary>The path's component names, in order; group nodes are not components and have no name.</summary>
        private static IReadOnlyList<string> Names(SpofModel model, SinglePointAnalysis analysis, List<int> nodes)
        {
            var graph = analysis.Graph;
            var count = 0;
            foreach (var node in nodes)
            {
                count += graph.IsGroup(node) ? 0 : 1;
            }

            var names = new string[count];
            var next = 0;
            foreach (var node in nodes)
            {
                if (!graph.IsGroup(node))
                {
                    names[next++] = model.Components[node].Name;
                }
            }

            return names;
        }

        private static string[] ComponentNames(SpofModel model, int[] components)
        {
            var names = new string[components.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = model.Components[components[i]].Name;
            }

            return names;
        }

        private static IReadOnlyList<string> Append(IReadOnlyList<string> path, string last)
        {
            var extended = new string[path.Count + 1];
            for (var i = 0; i < path.Count; i++)
            {
                extended[i] = path[i];
            }

            extended[path.Count] = last;
            return extended;
        }
    }
}
