using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Which entrypoints use a component through any chain of dependencies (hard, soft, or as a group member), with
    /// one such chain: for configuration findings (quorum, data loss) that are about a component, not an event.
    /// A walk up the dependents per component asked about; built lazily, so models that ask nothing pay nothing.
    /// </summary>
    internal sealed class EntrypointReach
    {
        private readonly SpofModel _model;
        private readonly FailureGraph _graph;
        private readonly bool[] _isEntrypoint;
        private int[][]? _parents;
        private int[]? _stamp;
        private int[]? _next;
        private int _walk;

        public EntrypointReach(SpofModel model, FailureGraph graph, IReadOnlyDictionary<string, int> componentIndex)
        {
            _model = model;
            _graph = graph;
            _isEntrypoint = new bool[graph.NodeCount];
            foreach (var entry in model.Entrypoints)
            {
                _isEntrypoint[componentIndex[entry]] = true;
            }
        }

        /// <summary>The entrypoints that reach <paramref name="component"/>, sorted by name, and a chain from the first of them.</summary>
        public (IReadOnlyList<string> Affects, IReadOnlyList<string> Path) Of(int component)
        {
            _parents ??= Parents(_graph);
            _stamp ??= new int[_graph.NodeCount];
            _next ??= new int[_graph.NodeCount];
            var walk = ++_walk;
            var found = new List<int>();
            var pending = new Stack<int>();
            _stamp[component] = walk;
            _next[component] = component;
            pending.Push(component);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (_isEntrypoint[node])
                {
                    found.Add(node);
                }

                foreach (var parent in _parents[node])
                {
                    if (_stamp[parent] != walk)
                    {
                        _stamp[parent] = walk;
                        _next[parent] = node;
                        pending.Push(parent);
                    }
                }
            }

            if (found.Count == 0)
            {
                return (Array.Empty<string>(), Array.Empty<string>());
            }

            found.Sort((a, b) => string.CompareOrdinal(_model.Components[a].Name, _model.Components[b].Name));
            var path = new List<string>();
            for (var node = found[0]; ; node = _next[node])
            {
                if (!_graph.IsGroup(node))
                {
                    path.Add(_model.Components[node].Name);
                }

                if (node == component)
                {
                    break;
                }
            }

            return (found.Select(n => _model.Components[n].Name).ToArray(), path);
        }

        /// <summary>Per node, the nodes that depend on it (hard, soft, or as a group member).</summary>
        private static int[][] Parents(FailureGraph graph)
        {
            var lists = new List<int>?[graph.NodeCount];
            for (var node = 0; node < graph.NodeCount; node++)
            {
                foreach (var child in graph.HardChildren[node].Concat(graph.SoftChildren[node]))
                {
                    (lists[child] ??= new List<int>()).Add(node);
                }
            }

            return lists.Select(l => l?.ToArray() ?? Array.Empty<int>()).ToArray();
        }
    }
}
