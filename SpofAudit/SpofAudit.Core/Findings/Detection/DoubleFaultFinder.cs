using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Analysis.DoubleFaults;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The <see cref="FindingKind.DoubleFault"/> findings: the minimal pairs of the top event "some entrypoint down"
    /// (neither event takes any entrypoint down alone, the order-2 minimal cut sets of the fault tree, interchangeable
    /// instances grouped), the likeliest first, optionally only the first <c>top</c>.
    /// </summary>
    internal static class DoubleFaultFinder
    {
        /// <exception cref="PairBudgetExceededException">The order-2 pass would build more pairs than <paramref name="pairBudget"/>.</exception>
        /// <exception cref="TooManyDoubleFaultsException">Without <paramref name="top"/>, more double faults than <paramref name="maxDoubleFaults"/>.</exception>
        public static List<Finding> Find(SpofModel model, FailureGraph graph, IReadOnlyDictionary<string, int> componentIndex, int? top, long pairBudget, int maxDoubleFaults, CancellationToken cancellation)
        {
            var analysis = DoubleFaultAnalysis.Run(model, graph, pairBudget, cancellation);
            var events = analysis.Events;
            var entrypoints = model.Entrypoints.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).Select(n => componentIndex[n]).ToArray();
            var isSingle = new bool[events.Count];
            foreach (var entry in entrypoints)
            {
                foreach (var e in analysis.Singles[entry])
                {
                    isSingle[e] = true;
                }
            }

            var selection = new DoubleFaultSelection(events, model, top, maxDoubleFaults);
            PairMerge.Merge(entrypoints, analysis.Pairs, isSingle, selection.Offer);
            cancellation.ThrowIfCancellationRequested();
            var ranked = selection.Ranked();
            var findings = new Finding[ranked.Count];
            ParallelChunks.Run(ranked.Count, 64, cancellation, () => new PairWitness(graph, analysis), (i, witness) =>
            {
                var (pair, affects, failed, likelihood) = ranked[i];
                findings[i] = Make(model, graph, events, witness, pair, failed, likelihood, affects);
            });

            return findings.ToList();
        }

        private static Finding Make(SpofModel model, FailureGraph graph, InstanceEventCatalog events, PairWitness witness, long pair, FailurePair failed, double likelihood, int[] affects)
        {
            var path = witness.Walk(affects[0], pair).Where(n => !graph.IsGroup(n)).Select(n => model.Components[n].Name).ToList();
            var bitten = path[path.Count - 1];
            var (first, second) = DoubleFaultNames.ByName(events, pair);
            var owners = new[] { first, second }.Where(e => events.KindOf(e) == FailureEventKind.Instance).Select(e => model.Components[events.ComponentOf(e)]).ToArray();
            var components = new[] { bitten }.Concat(owners.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToArray();
            var recommendation = failed.IsTwoOfOneGroup
                ? Recommendations.ForTwoOfOneGroup(owners[0].Name, events.SizeOf(first), events.WhereOf(first), likelihood)
                : Recommendations.ForDoubleFault(
                    failed.First, KindWord(failed.FirstKind), failed.Second, KindWord(failed.SecondKind),
                    owners.Length == 2 && owners[0] == owners[1] ? owners[0].Name : null, bitten, likelihood,
                    DoubleFaultNames.GroupPhrase(events, first), DoubleFaultNames.GroupPhrase(events, second));
            var involved = affects.Select(i => model.Components[i].Criticality).Concat(owners.Select(c => c.Criticality));
            var target = failed.Target;
            path.Add(target);
            return new Finding(FindingKind.DoubleFault, SeverityRules.ForDoubleFault(likelihood, involved), target, TargetType.Pair,
                affects.Select(i => model.Components[i].Name).ToArray(), path, components, recommendation, model.Name,
                FindingLocation.Of(model, TargetType.Pair, target, path), likelihood: likelihood, pair: failed);
        }

        private static string KindWord(FailureEventKind kind) => kind.ToString().ToLowerInvariant();

        /// <summary>
        /// The shortest dependency chain from an entrypoint down to a node where a pair takes effect (its own units, or
        /// no child holds the pair): breadth first over the nodes that hold it, so a pair inside a large dependency cycle is not reached by a
        /// walk around the whole cycle. Visit marks and the queue are reused from one finding to the next.
        /// </summary>
        private sealed class PairWitness
        {
            private readonly FailureGraph _graph;
            private readonly long[][] _pairs;
            private readonly long[][] _localPairs;
            private readonly int[] _seen;
            private readonly int[] _parent;
            private readonly List<int> _queue = new List<int>();
            private int _walk;

            public PairWitness(FailureGraph graph, DoubleFaultAnalysis analysis)
            {
                _graph = graph;
                _pairs = analysis.Pairs;
                _localPairs = analysis.LocalPairs;
                _seen = new int[graph.NodeCount];
                _parent = new int[graph.NodeCount];
            }

            public List<int> Walk(int start, long pair)
            {
                _walk++;
                _queue.Clear();
                _queue.Add(start);
                _seen[start] = _walk;
                _parent[start] = -1;
                var end = start;
                for (var head = 0; head < _queue.Count; head++)
                {
                    var node = _queue[head];
                    if (!_graph.IsGroup(node) && EventPair.Contains(_localPairs[node], pair))
                    {
                        end = node;
                        break;
                    }

                    var holdingChild = false;
                    foreach (var child in _graph.HardChildren[node])
                    {
                        if (!EventPair.Contains(_pairs[child], pair))
                        {
                            continue;
                        }

                        holdingChild = true;
                        if (_seen[child] != _walk)
                        {
                            _seen[child] = _walk;
                            _parent[child] = node;
                            _queue.Add(child);
                        }
                    }

                    if (!holdingChild)
                    {
                        end = node;
                        break;
                    }
                }

                var path = new List<int>();
                for (var node = end; node >= 0; node = _parent[node])
                {
                    path.Add(node);
                }

                path.Reverse();
                return path;
            }
        }
    }
}
