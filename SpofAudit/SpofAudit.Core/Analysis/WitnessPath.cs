using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Finds one dependency chain that explains an order-1 result: from an entrypoint down to the component
    /// the event hits. Depth-first and iterative (a deep model must not overflow the stack), never visiting a
    /// state twice, so a cycle cannot trap it; the sets guarantee a chain exists.
    /// </summary>
    internal static class WitnessPath
    {
        private enum Mode
        {
            Down,
            Degraded,
        }

        /// <summary>Chain of nodes from <paramref name="start"/> along which <paramref name="e"/> takes it down.</summary>
        public static List<int> ForDown(SinglePointAnalysis analysis, int start, int e) => Walk(analysis, start, Mode.Down, e);

        /// <summary>Chain of nodes from <paramref name="start"/> along which <paramref name="e"/> degrades it.</summary>
        public static List<int> ForDegraded(SinglePointAnalysis analysis, int start, int e) => Walk(analysis, start, Mode.Degraded, e);

        private static List<int> Walk(SinglePointAnalysis analysis, int start, Mode startMode, int e)
        {
            var graph = analysis.Graph;
            var visited = new HashSet<(int, Mode)> { (start, startMode) };
            var stack = new List<(int Node, Mode Mode, IEnumerator<(int, Mode)> Next)>
            {
                (start, startMode, Successors(analysis, start, startMode, e).GetEnumerator()),
            };

            while (stack.Count > 0)
            {
                var (node, mode, next) = stack[stack.Count - 1];
                var local = mode == Mode.Down ? analysis.LocalDown : analysis.LocalDegraded;
                if (!graph.IsGroup(node) && EventSetBuilder.Contains(local[node], e))
                {
                    return stack.ConvertAll(frame => frame.Node);
                }

                if (!next.MoveNext())
                {
                    stack.RemoveAt(stack.Count - 1);
                    continue;
                }

                var (child, childMode) = next.Current;
                if (visited.Add((child, childMode)))
                {
                    stack.Add((child, childMode, Successors(analysis, child, childMode, e).GetEnumerator()));
                }
            }

            return new List<int> { start };
        }

        private static IEnumerable<(int, Mode)> Successors(SinglePointAnalysis analysis, int node, Mode mode, int e)
        {
            var graph = analysis.Graph;
            if (mode == Mode.Degraded)
            {
                foreach (var soft in graph.SoftChildren[node])
                {
                    if (EventSetBuilder.Contains(analysis.Down[soft], e))
                    {
                        yield return (soft, Mode.Down);
                    }
                }
            }

            var sets = mode == Mode.Down ? analysis.Down : analysis.Degraded;
            foreach (var child in graph.HardChildren[node])
            {
                if (EventSetBuilder.Contains(sets[child], e))
                {
                    yield return (child, mode);
                }
            }
        }
    }
}
