using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// The components an event hits directly on its way to the entrypoints it affects: walking down from
    /// those entrypoints through nodes the event takes down (or degrades), the components whose own units
    /// (or owners) the event removes. For a zone that is what has to be spread over zones; components in the
    /// zone that a redundant path already covers are left out, because they are not the risk.
    /// One instance serves every finding a worker builds, with the worker's visit marks.
    /// </summary>
    internal sealed class HitComponents
    {
        private readonly SpofModel _model;
        private readonly SinglePointAnalysis _analysis;
        private readonly VisitMarks _marks;
        private readonly Stack<int> _pending = new Stack<int>();
        private readonly List<int> _hits = new List<int>();

        public HitComponents(SpofModel model, SinglePointAnalysis analysis, VisitMarks marks)
        {
            _model = model;
            _analysis = analysis;
            _marks = marks;
        }

        [MethodImpl(HotPath.Optimized)]
        public IReadOnlyList<string> Find(int e, IReadOnlyList<int> affects, bool degraded)
        {
            _marks.NextWalk();
            var graph = _analysis.Graph;
            _hits.Clear();

            // A pending entry is node * 2 + 1 when it is reached in degraded mode.
            foreach (var entry in affects)
            {
                Push(entry, degraded);
            }

            while (_pending.Count > 0)
            {
                var item = _pending.Pop();
                var node = item >> 1;
                var inDegraded = (item & 1) == 1;
                var local = inDegraded ? _analysis.LocalDegraded : _analysis.LocalDown;
                if (!graph.IsGroup(node) && EventSetBuilder.Contains(local[node], e))
                {
                    _hits.Add(node);
                }

                if (inDegraded)
                {
                    foreach (var soft in graph.SoftChildren[node])
                    {
                        if (_analysis.IsDown(soft, e))
                        {
                            Push(soft, false);
                        }
                    }
                }

                var sets = inDegraded ? _analysis.Degraded : _analysis.Down;
                foreach (var child in graph.HardChildren[node])
                {
                    if (_analysis.Sets.Contains(sets[child], e))
                    {
                        Push(child, inDegraded);
                    }
                }
            }

            var names = new string[_hits.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = _model.Components[_hits[i]].Name;
            }

            Array.Sort(names, StringComparer.Ordinal);
            return names;
        }

        private void Push(int node, bool degraded)
        {
            if (_marks.Visit(node, degraded))
            {
                _pending.Push((node << 1) | (degraded ? 1 : 0));
            }
        }
    }
}
