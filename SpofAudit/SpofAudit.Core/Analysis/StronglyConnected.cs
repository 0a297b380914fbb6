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
        public static List<int[]> ChildrenFirst(int[][] edges)
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
            var result = new List<int[]>();
            var callStack = new Stack<(int Node, int Edge)>();
            var nextIndex = 0;

            for (var root = 0; root < n; root++)
            {
                if (index[root] != -1)
                {
                    continue;
                }

                callStack.Push((root, 0));
                index[root] = low[root] = nextIndex++;
                stack[stackTop++] = root;
                onStack[root] = true;

                while (callStack.Count > 0)
                {
                    var (node, edge) = callStack.Pop();
                    var children = edges[node];
                    if (edge < children.Length)
                    {
                        callStack.Push((node, edge + 1));
                        var child = children[edge];
                        if (index[child] == -1)
                        {
                            index[child] = low[child] = nextIndex++;
                            stack[stackTop++] = child;
                            onStack[child] = true;
                            callStack.Push((child, 0));
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

                        var members = new int[stackTop - bottom];
                        Array.Copy(stack, bottom, members, 0, members.Length);
                        foreach (var member in members)
                        {
                            onStack[member] = false;
                        }

                        stackTop = bottom;
                        result.Add(members);
                    }

                    if (callStack.Count > 0)
                    {
                        var parent = callStack.Peek().Node;
                        low[parent] = Math.Min(low[parent], low[node]);
                    }
                }
            }

            return result;
        }
    }
}
