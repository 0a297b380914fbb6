using System;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// A reduced ordered binary decision diagram over failure variables: node 0 is "up" (false), node 1 is "down"
    /// (true), every other node tests one variable (lower index = nearer the root). A unique table keeps every node
    /// once, so equal functions are equal indices; a computed table memoises <see cref="Ite"/>. A node's children are
    /// always created before it, so children have smaller indices: probabilities are one upward loop, no recursion.
    /// Both tables are flat arrays rather than dictionaries: they are the hot path of every diagram operation.
    /// </summary>
    internal sealed class Bdd
    {
        public const int False = 0;
        public const int True = 1;
        private const int Terminal = int.MaxValue;

        private readonly int _budget;
        private int[] _variable = new int[1024];
        private int[] _low = new int[1024];
        private int[] _high = new int[1024];

        // Unique table: open addressing over node indices + 1 (0 = empty), kept at most half full.
        private int[] _unique = new int[2048];

        // Computed table: a direct-mapped cache that may forget (a miss only recomputes), grown with the diagram.
        private int[] _cacheF = NewCache(4096);
        private int[] _cacheG = new int[4096];
        private int[] _cacheH = new int[4096];
        private int[] _cacheResult = new int[4096];

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

            var slot = Hash(f, g, h) & (_cacheF.Length - 1);
            if (_cacheF[slot] == f && _cacheG[slot] == g && _cacheH[slot] == h)
            {
                return _cacheResult[slot];
            }

            var top = Math.Min(_variable[f], Math.Min(_variable[g], _variable[h]));
            var low = Ite(Cofactor(f, top, false), Cofactor(g, top, false), Cofactor(h, top, false));
            var high = Ite(Cofactor(f, top, true), Cofactor(g, top, true), Cofactor(h, top, true));
            var result = Make(top, low, high);

            // The recursion may have grown (and so cleared) the cache: index it afresh.
            slot = Hash(f, g, h) & (_cacheF.Length - 1);
            _cacheF[slot] = f;
            _cacheG[slot] = g;
            _cacheH[slot] = h;
            _cacheResult[slot] = result;
            return result;
        }

        private static int[] NewCache(int size)
        {
            var keys = new int[size];
            for (var i = 0; i < size; i++)
            {
                keys[i] = -1;
            }

            return keys;
        }

        private static int Hash(int a, int b, int c)
        {
            unchecked
            {
                var h = (uint)a * 0x9E3779B1u;
                h = (h ^ (uint)b) * 0x85EBCA77u;
                h = (h ^ (uint)c) * 0xC2B2AE3Du;
                return (int)(h ^ (h >> 15));
            }
        }

        private int Cofactor(int node, int variable, bool failed) =>
            _variable[node] != variable ? node : failed ? _high[node] : _low[node];

        private int Make(int variable, int low, int high)
        {
            if (low == high)
            {
                return low;
            }

            var mask = _unique.Length - 1;
            var slot = Hash(variable, low, high) & mask;
            while (_unique[slot] != 0)
            {
                var existing = _unique[slot] - 1;
                if (_variable[existing] == variable && _low[existing] == low && _high[existing] == high)
                {
                    return existing;
                }

                slot = (slot + 1) & mask;
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
            _unique[slot] = node + 1;
            if (Count * 2 > _unique.Length)
            {
                Grow();
            }

            return node;
        }

        /// <summary>Doubles the unique table (rehashing every node) and lets the computed table grow with it.</summary>
        private void Grow()
        {
            var unique = new int[_unique.Length * 2];
            var mask = unique.Length - 1;
            for (var node = 2; node < Count; node++)
            {
                var slot = Hash(_variable[node], _low[node], _high[node]) & mask;
                while (unique[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                unique[slot] = node + 1;
            }

            _unique = unique;
            if (_cacheF.Length < unique.Length)
            {
                _cacheF = NewCache(unique.Length);
                _cacheG = new int[unique.Length];
                _cacheH = new int[unique.Length];
                _cacheResult = new int[unique.Length];
            }
        }
    }
}
