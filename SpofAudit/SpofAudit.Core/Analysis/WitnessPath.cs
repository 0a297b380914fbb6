using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Finds one dependency chain that explains an order-1 result: from an entrypoint down to the component
    /// the event hits. Depth-first and iterative (a deep model must not overflow the stack), never visiting a
    /// state twice, so a cycle cannot trap it; the sets guarantee a chain exists. One instance serves every
    /// finding a worker builds, with the worker's visit marks.
    /// </summary>
    internal sealed class WitnessPath
    {
        private readonly SinglePointAnalysis _analysis;
        private readonly VisitMarks _marks;
        private readonly List<Frame> _stack = new List<Frame>();

        public WitnessPath(SinglePointAnalysis analysis, VisitMarks marks)
        {
            _analysis = analysis;
            _marks = marks;
        }

        /// <summary>
        /// Chain of nodes from <paramref name="start"/> along which <paramref name="e"/> takes it down. A walk that enters
        /// <paramref name="budget"/> nodes without reaching the end stops there: <paramref name="whole"/> is then false
        /// and the chain is only its beginning, the nodes the walk stood on, each of which <paramref name="e"/> takes down.
        /// </summary>
        public List<int> ForDown(int start, int e, int budget, out bool whole) => Walk(start, degraded: false, e, budget, out whole);

        /// <summary>As <see cref="ForDown"/>, along which <paramref name="e"/> degrades it.</summary>
        public List<int> ForDegraded(int start, int e, int budget, out bool whole) => Walk(start, degraded: true, e, budget, out whole);

        [MethodImpl(HotPath.Optimized)]
        private List<int> Walk(int start, bool degraded, int e, int budget, out bool whole)
        {
            _marks.NextWalk();
            _stack.Clear();
            Enter(start, degraded);
            var entered = 1;
            whole = true;
            var graph = _analysis.Graph;
            while (_stack.Count > 0)
            {
                var top = _stack.Count - 1;
                var frame = _stack[top];
                var local = frame.Degraded ? _analysis.LocalDegraded : _analysis.LocalDown;
                if (frame.Cursor == 0 && !graph.IsGroup(frame.Node) && EventSetBuilder.Contains(local[frame.Node], e))
                {
                    return _stack.ConvertAll(f => f.Node);
                }

                // Degraded mode tries soft children (whose being down degrades) before hard ones.
                var soft = frame.Degraded ? graph.SoftChildren[frame.Node] : System.Array.Empty<int>();
                var hard = graph.HardChildren[frame.Node];
                var next = -1;
                var nextDegraded = false;

                // A component that the event takes down, not by its own units, is down through a hard child: with only
                // one, that child holds the event, and along a chain or a cycle the walk need not look it up.
                var onlyChildHolds = !frame.Degraded && !graph.IsGroup(frame.Node) && hard.Length == 1;
                while (frame.Cursor < soft.Length + hard.Length && next < 0)
                {
                    var cursor = frame.Cursor++;
                    var child = cursor < soft.Length ? soft[cursor] : hard[cursor - soft.Length];
                    var childDegraded = cursor >= soft.Length && frame.Degraded;
                    var sets = childDegraded ? _analysis.Degraded : _analysis.Down;
                    if (!Seen(child, childDegraded) && (onlyChildHolds || _analysis.Sets.Contains(sets[child], e)))
                    {
                        next = child;
                        nextDegraded = childDegraded;
                    }
                }

                _stack[top] = frame;
                if (next < 0)
                {
                    _stack.RemoveAt(top);
                }
                else if (++entered > budget)
                {
                    whole = false;
                    return _stack.ConvertAll(f => f.Node);
                }
                else
                {
                    Enter(next, nextDegraded);
                }
            }

            return new List<int> { start };
        }

        private bool Seen(int node, bool degraded) => _marks.Seen(node, degraded);

        private void Enter(int node, bool degraded)
        {
            _marks.Visit(node, degraded);
            _stack.Add(new Frame(node, degraded));
        }

        private struct Frame
        {
            public Frame(int node, bool degraded)
            {
                Node = node;
                Degraded = degraded;
                Cursor = 0;
            }

            public int Node;
            public bool Degraded;
            public int Cursor;
        }
    }
}
