using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Rendering.Html
{
    /// <summary>
    /// A layered (Sugiyama-style) drawing of a dependency graph, computed here so the HTML report needs no
    /// layout engine and no network: cycles are broken by reversing depth-first back edges, each node goes one
    /// layer below its deepest dependent (longest-path layering, entrypoints on top), and a few barycentre
    /// sweeps order each layer by the mean position of its neighbours to cut crossings. Linear per sweep, plus
    /// the sorting of each layer.
    /// </summary>
    internal static class LayeredLayout
    {
        public const double NodeHeight = 34;
        public const double LayerGap = 96;
        public const double NodeGap = 24;
        public const double Margin = 16;
        private const int Sweeps = 6;

        /// <summary>Sets Layer, X, Y and Width of every node; returns the drawing's width and height.</summary>
        public static (double Width, double Height) Apply(IReadOnlyList<DiagramNode> nodes, IReadOnlyList<DiagramEdge> edges, Func<DiagramNode, double> widthOf)
        {
            if (nodes.Count == 0)
            {
                return (0, 0);
            }

            var dag = AcyclicEdges(nodes.Count, edges);
            AssignLayers(nodes, dag);
            var layers = nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
            Order(layers, nodes.Count, dag);
            return Place(layers, widthOf);
        }

        /// <summary>The edges with every depth-first back edge reversed, so the graph has no cycle (iterative DFS).</summary>
        internal static List<(int From, int To)> AcyclicEdges(int count, IReadOnlyList<DiagramEdge> edges)
        {
            var outgoing = new List<int>[count];
            for (var i = 0; i < count; i++)
            {
                outgoing[i] = new List<int>();
            }

            foreach (var e in edges)
            {
                outgoing[e.From].Add(e.To);
            }

            // 0 unvisited, 1 on the stack, 2 done.
            var state = new byte[count];
            var result = new List<(int, int)>(edges.Count);
            var stack = new Stack<(int Node, int Next)>();
            for (var root = 0; root < count; root++)
            {
                if (state[root] != 0)
                {
                    continue;
                }

                stack.Push((root, 0));
                state[root] = 1;
                while (stack.Count > 0)
                {
                    var (node, next) = stack.Pop();
                    if (next < outgoing[node].Count)
                    {
                        stack.Push((node, next + 1));
                        var to = outgoing[node][next];
                        if (state[to] == 1)
                        {
                            result.Add((to, node));
                        }
                        else
                        {
                            result.Add((node, to));
                            if (state[to] == 0)
                            {
                                state[to] = 1;
                                stack.Push((to, 0));
                            }
                        }
                    }
                    else
                    {
                        state[node] = 2;
                    }
                }
            }

            return result;
        }

        /// <summary>Longest-path layering over a DAG, in Kahn's topological order.</summary>
        private static void AssignLayers(IReadOnlyList<DiagramNode> nodes, List<(int From, int To)> dag)
        {
            var indegree = new int[nodes.Count];
            var outgoing = new List<int>[nodes.Count];
            for (var i = 0; i < nodes.Count; i++)
            {
                outgoing[i] = new List<int>();
                nodes[i].Layer = 0;
            }

            foreach (var (from, to) in dag)
            {
                outgoing[from].Add(to);
                indegree[to]++;
            }

            var ready = new Queue<int>(Enumerable.Range(0, nodes.Count).Where(i => indegree[i] == 0));
            while (ready.Count > 0)
            {
                var node = ready.Dequeue();
                foreach (var to in outgoing[node])
                {
                    nodes[to].Layer = Math.Max(nodes[to].Layer, nodes[node].Layer + 1);
                    if (--indegree[to] == 0)
                    {
                        ready.Enqueue(to);
                    }
                }
            }
        }

        /// <summary>Barycentre sweeps, down then up: each node moves to the mean centred position of its neighbours.</summary>
        private static void Order(List<List<DiagramNode>> layers, int count, List<(int From, int To)> dag)
        {
            var up = new List<int>[count];
            var down = new List<int>[count];
            for (var i = 0; i < count; i++)
            {
                up[i] = new List<int>();
                down[i] = new List<int>();
            }

            foreach (var (from, to) in dag)
            {
                down[from].Add(to);
                up[to].Add(from);
            }

            var position = new double[count];
            void Measure(List<DiagramNode> layer)
            {
                for (var i = 0; i < layer.Count; i++)
                {
                    position[layer[i].Index] = i - (layer.Count - 1) / 2.0;
                }
            }

            layers.ForEach(Measure);
            for (var sweep = 0; sweep < Sweeps; sweep++)
            {
                var downward = sweep % 2 == 0;
                var sequence = downward ? layers.Skip(1) : Enumerable.Reverse(layers).Skip(1);
                foreach (var layer in sequence)
                {
                    var keys = layer.ToDictionary(n => n.Index, n => Barycentre(downward ? up[n.Index] : down[n.Index], position, position[n.Index]));

                    // OrderBy is stable: nodes with equal keys keep their order, so the layout is deterministic.
                    var ordered = layer.OrderBy(n => keys[n.Index]).ToList();
                    layer.Clear();
                    layer.AddRange(ordered);
                    Measure(layer);
                }
            }
        }

        private static double Barycentre(List<int> neighbours, double[] position, double current) =>
            neighbours.Count == 0 ? current : neighbours.Average(n => position[n]);

        private static (double Width, double Height) Place(List<List<DiagramNode>> layers, Func<DiagramNode, double> widthOf)
        {
            var widths = layers.Select(layer =>
            {
                layer.ForEach(n => n.Width = widthOf(n));
                return layer.Sum(n => n.Width) + NodeGap * (layer.Count - 1);
            }).ToArray();
            var total = widths.Max();
            for (var l = 0; l < layers.Count; l++)
            {
                var x = Margin + (total - widths[l]) / 2;
                foreach (var node in layers[l])
                {
                    node.X = x;
                    node.Y = Margin + l * LayerGap;
                    x += node.Width + NodeGap;
                }
            }

            return (total + 2 * Margin, 2 * Margin + (layers.Count - 1) * LayerGap + NodeHeight);
        }
    }
}
