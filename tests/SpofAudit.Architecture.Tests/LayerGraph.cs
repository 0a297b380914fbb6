using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>
    /// Which layer uses which, built from type uses inside one assembly. A layer is a namespace's first two parts
    /// (<c>SpofAudit.Analysis.Availability</c> is in <c>SpofAudit.Analysis</c>), so a sub-namespace moves with its layer.
    /// </summary>
    internal sealed class LayerGraph
    {
        private readonly Dictionary<string, Dictionary<string, TypeUse>> _edges = new(StringComparer.Ordinal);

        public LayerGraph(IEnumerable<TypeUse> uses, string prefix)
        {
            foreach (var use in uses)
            {
                if (use.From.Assembly != use.To.Assembly)
                {
                    continue;
                }

                var from = LayerOf(use.From.Namespace, prefix);
                var to = LayerOf(use.To.Namespace, prefix);
                if (from == null || to == null || from == to)
                {
                    continue;
                }

                if (!_edges.TryGetValue(from, out var targets))
                {
                    targets = new Dictionary<string, TypeUse>(StringComparer.Ordinal);
                    _edges.Add(from, targets);
                }

                // One witness per pair of layers is enough to explain the edge.
                targets.TryAdd(to, use);
            }
        }

        public static string? LayerOf(string ns, string prefix)
        {
            if (!ns.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return null;
            }

            var parts = ns.Split('.');
            return parts[0] + "." + parts[1];
        }

        public bool Uses(string from, string to) => _edges.TryGetValue(from, out var targets) && targets.ContainsKey(to);

        /// <summary>
        /// Each group of layers that reach each other (a strongly connected component of two or more), described by
        /// the uses that close it: empty when the layers run one way.
        /// </summary>
        public IReadOnlyList<string> Cycles()
        {
            var layers = _edges.Keys.Concat(_edges.Values.SelectMany(t => t.Keys)).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToList();
            var reach = layers.ToDictionary(l => l, l => Reachable(l), StringComparer.Ordinal);
            var cycles = new List<string>();
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var layer in layers)
            {
                if (done.Contains(layer))
                {
                    continue;
                }

                var group = layers.Where(other => other == layer || (reach[layer].Contains(other) && reach[other].Contains(layer))).ToList();
                done.UnionWith(group);
                if (group.Count < 2)
                {
                    continue;
                }

                var witnesses = group
                    .SelectMany(from => group.Where(to => Uses(from, to)).Select(to => $"    {from} -> {to}: {_edges[from][to]}"));
                cycles.Add($"layers {string.Join(", ", group)} use each other:{Environment.NewLine}{string.Join(Environment.NewLine, witnesses)}");
            }

            return cycles;
        }

        private HashSet<string> Reachable(string start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            stack.Push(start);
            while (stack.Count > 0)
            {
                var layer = stack.Pop();
                if (!_edges.TryGetValue(layer, out var targets))
                {
                    continue;
                }

                foreach (var next in targets.Keys)
                {
                    if (seen.Add(next))
                    {
                        stack.Push(next);
                    }
                }
            }

            return seen;
        }
    }
}
