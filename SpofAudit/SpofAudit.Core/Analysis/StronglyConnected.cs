using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Tarjan's strongly connected components, iterative so a deep model cannot overflow the stack.
    /// Components come out children first: every SCC appears after all SCCs it has edges into.
    /// </summary>
    internal static class StronglyConnected
    {
        [MethodImpl(HotPath.Optimized)]
        public static SccOrder ChildrenFirst(int[][] edges)
        {
            var n = edges.Length;
            var index = new int[n];
            var low = new int[n];
            var onStack = new bool[n];
            for (var i = 0; i < n; i++)
            {
                index[i] = -1;
            }

            var stack = new int[n];
            var stackTop = 0;

            // The components one after another in one array, each starting where the next-to-last ended:
            // one allocation instead of one array per component, most of which hold a single node.
            var nodes = new int[n];
            var starts = new int[n + 1];
            var count = 0;
            var written = 0;

            // The depth-first call stack as two arrays: the node and the next edge to follow from it.
            var callNode = new int[n];
            var callEdge = new int[n];
            var callTop = 0;
            var nextIndex = 0;

            for (var root = 0; root < n; root++)
            {
                if (index[root] != -1)
                {
                    continue;
                }

                callNode[0] = root;
                callEdge[0] = 0;
                callTop = 1;
                index[root] = low[root] = nextIndex++;
                stack[stackTop++] = root;
                onStack[root] = true;

                while (callTop > 0)
                {
                    var node = callNode[callTop - 1];
                    var edge = callEdge[callTop - 1];
                    var children = edges[node];
                    if (edge < children.Length)
                    {
                        callEdge[callTop - 1] = edge + 1;
                        var child = children[edge];
                        if (index[child] == -1)
                        {
                            index[child] = low[child] = nextIndex++;
                            stack[stackTop++] = child;
                            onStack[child] = true;
                            callNode[callTop] = child;
                            callEdge[callTop] = 0;
                            callTop++;
                        }
                        else if (onStack[child])
                        {
                            low[node] = Math.Min(low[node], index[child]);
                        }

                        continue;
                    }

                    if (low[node] == index[node])
                    {
                        // The component is the stack above and including node; copy it out in one piece.
                        var bottom = stackTop - 1;
                        while (stack[bottom] != node)
                        {
                            bottom--;
                        }

                        starts[count++] = written;
                        for (var i = bottom; i < stackTop; i++)
                        {
                            onStack[stack[i]] = false;
                            nodes[written++] = stack[i];
                        }

                        stackTop = bottom;
                    }

                    callTop--;
                    if (callTop > 0)
                    {
                        var parent = callNode[callTop - 1];
                        low[parent] = Math.Min(low[parent], low[node]);
                    }
                }
            }

            starts[count] = written;
            return new SccOrder(nodes, starts, count);
        }
    }
}
