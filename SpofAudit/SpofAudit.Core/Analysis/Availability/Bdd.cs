using System;
using System.Collections.Generic;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// A reduced ordered binary decision diagram over failure variables: node 0 is "up" (false), node 1 is "down"
    /// (true), every other node tests one variable (lower index = nearer the root). A unique table keeps every node
    /// once, so equal functions are equal indices; a computed table memoises <see cref="Ite"/>. A node's children are
    /// always created before it, so children have smaller indices: probabilities are one upward loop, no recursion.
    /// </summary>
    internal sealed class Bdd
    {
        public const int False = 0;
        public const int True = 1;
        private const int Terminal = int.MaxValue;

        private readonly int _budget;
        private readonly Dictionary<(int Variable, int Low, int High), int> _unique = new Dictionary<(int, int, int), int>();
        private readonly Dictionary<(int F, int G, int H), int> _computed = new Dictionary<(int, int, int), int>();
        private int[] _variable = new int[1024];
        private int[] _low = new int[1024];
        private int[] _high = new int[1024];

        /// <param name="budget">At most this many nodes; one more throws <see cref="BddBudgetExceededException"/>.</param>
        public Bdd(int budget)
        {
            _budget = budget;
            _variable[False] = Terminal;
            _variable[True] = Terminal;
            Count = 2;
        }

        /// <summary>Nodes made so far, terminals included.</summary>
        public int Count { get; private set; }

        public int VariableOf(int node) => _variable[node];

        /// <summary>The child taken when the variable is up (false).</summary>
        public int Low(int node) => _low[node];

        /// <summary>The child taken when the variable has failed (true).</summary>
        public int High(int node) => _high[node];

        public int Variable(int variable) => Make(variable, False, True);

        public int And(int f, int g) => Ite(f, g, False);

        public int Or(int f, int g) => Ite(f, True, g);

        /// <summary>If f then g else h, the one operation every other is made of.</summary>
        public int Ite(int f, int g, int h)
        {
            if (f == True || g == h)
            {
                return g;
            }

            if (f == False)
            {
                return h;
            }

            if (g == True && h == False)
            {
                return f;
            }

            var key = (f, g, h);
            if (_computed.TryGetValue(key, out var known))
            {
                return known;
            }

            var top = Math.Min(_variable[f], Math.Min(_variable[g], _variable[h]));
            var low = Ite(Cofactor(f, top, false), Cofactor(g, top, false), Cofactor(h, top, false));
            var high = Ite(Cofactor(f, top, true), Cofactor(g, top, true), Cofactor(h, top, true));
            var result = Make(top, low, high);
            _computed[key] = result;
            return result;
        }

        private int Cofactor(int node, int variable, bool failed) =>
            _variable[node] != variable ? node : failed ? _high[node] : _low[node];

        private int Make(int variable, int low, int high)
        {
            if (low == high)
            {
                return low;
            }

            var key = (variable, low, high);
            if (_unique.TryGetValue(key, out var existing))
            {
                return existing;
            }

            if (Count >= _budget)
            {
                throw new BddBudgetExceededException(_budget);
            }

            if (Count == _variable.Length)
            {
                Array.Resize(ref _variable, Count * 2);
                Array.Resize(ref _low, Count * 2);
                Array.Resize(ref _high, Count * 2);
            }

            var node = Count++;
            _variable[node] = variable;
            _low[node] = low;
            _high[node] = high;
            _unique[key] = node;
            return node;
        }
    }
}
