using System;
using System.Collections.Generic;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// Exact probabilities on a <see cref="FormulaBdd"/> with independent variables. P(node) by Shannon expansion,
    /// P = p·P(high) + (1-p)·P(low), in one upward pass (children have smaller indices). Birnbaum importance of every
    /// variable at once, in one downward pass: P is multilinear, so ∂P/∂p_v = Σ over nodes n testing v of
    /// reach(n)·(P(high n) − P(low n)), where reach(n) is the probability of the paths from the root to n; and
    /// ∂P/∂p_v = P(top | v failed) − P(top | v up).
    /// </summary>
    internal static class BddProbability
    {
        /// <summary>P(root) and each variable's Birnbaum importance, given each variable's failure probability.</summary>
        /// <remarks><paramref name="inSupport"/> says which variables the function depends on at all (a formula may mention an
        /// event that cannot change its value).</remarks>
        public static double Compute(FormulaBdd formula, IReadOnlyList<double> failure, out double[] birnbaum, out bool[] inSupport)
        {
            var diagram = formula.Diagram;
            var root = formula.Root;
            birnbaum = new double[formula.Events.Count];
            inSupport = new bool[formula.Events.Count];
            var probability = new double[Math.Max(root + 1, 2)];
            probability[Bdd.True] = 1;
            for (var node = 2; node <= root; node++)
            {
                var p = failure[diagram.VariableOf(node)];
                probability[node] = p * probability[diagram.High(node)] + (1 - p) * probability[diagram.Low(node)];
            }

            var reach = new double[probability.Length];
            reach[root] = 1;
            foreach (var node in ReachableDescending(diagram, root))
            {
                var variable = diagram.VariableOf(node);
                inSupport[variable] = true;
                var p = failure[variable];
                var low = diagram.Low(node);
                var high = diagram.High(node);
                birnbaum[variable] += reach[node] * (probability[high] - probability[low]);
                reach[high] += reach[node] * p;
                reach[low] += reach[node] * (1 - p);
            }

            return probability[root];
        }

        /// <summary>The non-terminal nodes under the root, parents before children (descending index).</summary>
        private static List<int> ReachableDescending(Bdd diagram, int root)
        {
            var result = new List<int>();
            if (root < 2)
            {
                return result;
            }

            var seen = new HashSet<int> { root };
            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                result.Add(node);
                foreach (var child in new[] { diagram.Low(node), diagram.High(node) })
                {
                    if (child >= 2 && seen.Add(child))
                    {
                        stack.Push(child);
                    }
                }
            }

            result.Sort((a, b) => b.CompareTo(a));
            return result;
        }
    }
}
