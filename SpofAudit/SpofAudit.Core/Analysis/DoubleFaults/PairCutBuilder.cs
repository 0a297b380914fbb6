using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Scratch state for the order-2 sets of one node at a time: the events that alone take it down (D1) and the
    /// minimal pairs that together do (D2, no pair holding a D1 event). Reused across nodes, so a node costs what its
    /// inputs and its answer cost, not the size of the model.
    /// </summary>
    internal sealed class PairCutBuilder
    {
        private readonly int[] _stamp;
        private readonly int[] _count;
        private readonly int[] _slot;
        private readonly int[] _otherStamp;
        private readonly int[] _otherCount;
        private readonly List<int> _touched = new List<int>();
        private readonly List<int> _others = new List<int>();
        private readonly List<long> _pairs = new List<long>();
        private readonly Dictionary<long, int> _pairCounts = new Dictionary<long, int>();
        private int[] _childStamp = new int[16];
        private int[] _start = new int[16];
        private int[] _members = new int[16];
        private int _generation;
        private int _otherGeneration;
        private int _childGeneration;

        public PairCutBuilder(int eventCount)
        {
            _stamp = new int[eventCount];
            _count = new int[eventCount];
            _slot = new int[eventCount];
            _otherStamp = new int[eventCount];
            _otherCount = new int[eventCount];
        }

        /// <summary>
        /// A node that is down when at least <paramref name="threshold"/> of its inputs are: a k-of-n group over its
        /// members, or a component's own units. <paramref name="pairs"/> is null when no input has pairs (units).
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public (int[] Singles, long[] Pairs) AtLeast(int threshold, int[][] singles, long[][]? pairs)
        {
            CountSingles(singles);
            var down = new List<int>();
            var maxBelow = 0;
            foreach (var e in _touched)
            {
                if (_count[e] >= threshold)
                {
                    down.Add(e);
                }
                else if (_count[e] > maxBelow)
                {
                    maxBelow = _count[e];
                }
            }

            down.Sort();
            _pairs.Clear();
            _pairCounts.Clear();
            if (pairs != null)
            {
                PairsFromInputPairs(threshold, singles.Length, pairs);
            }

            if (threshold >= 2 && maxBelow > 0)
            {
                PairsFromSingles(threshold, singles, maxBelow);
            }

            return (down.ToArray(), SortedPairs());
        }

        /// <summary>
        /// A node that is down when any input is (a component: its own units or a hard dependency): the union of the
        /// inputs' pairs without those that hold one of its own singles. One input kept whole is shared, not copied.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public long[] Union(long[] own, int[] children, long[][] pairs, int[] singles)
        {
            _generation++;
            foreach (var e in singles)
            {
                _stamp[e] = _generation;
            }

            _pairs.Clear();
            long[]? only = null;
            var sources = 0;
            var dropped = false;
            for (var i = -1; i < children.Length; i++)
            {
                var source = i < 0 ? own : pairs[children[i]];
                if (source.Length == 0)
                {
                    continue;
                }

                sources++;
                only = source;
                foreach (var pair in source)
                {
                    if (_stamp[EventPair.First(pair)] == _generation || _stamp[EventPair.Second(pair)] == _generation)
                    {
                        dropped = true;
                    }
                    else
                    {
                        _pairs.Add(pair);
                    }
                }
            }

            return sources == 1 && !dropped ? only! : SortedPairs();
        }

        /// <summary>How many inputs each event takes down alone, and which ones (<see cref="_members"/> from <see cref="_start"/>).</summary>
        private void CountSingles(int[][] singles)
        {
            _generation++;
            _touched.Clear();
            foreach (var set in singles)
            {
                foreach (var e in set)
                {
                    if (_stamp[e] != _generation)
                    {
                        _stamp[e] = _generation;
                        _count[e] = 0;
                        _touched.Add(e);
                    }

                    _count[e]++;
                }
            }

            Grow(ref _start, _touched.Count + 1);
            var total = 0;
            for (var k = 0; k < _touched.Count; k++)
            {
                var e = _touched[k];
                _slot[e] = k;
                _start[k] = total;
                total += _count[e];
            }

            _start[_touched.Count] = total;
            Grow(ref _members, total);
            Grow(ref _childStamp, singles.Length);
            var fill = new int[_touched.Count];
            for (var child = 0; child < singles.Length; child++)
            {
                foreach (var e in singles[child])
                {
                    var k = _slot[e];
                    _members[_start[k] + fill[k]++] = child;
                }
            }
        }

        /// <summary>Pairs that already take some inputs down together, plus what each of them takes down alone.</summary>
        private void PairsFromInputPairs(int threshold, int inputCount, long[][] pairs)
        {
            foreach (var set in pairs)
            {
                foreach (var pair in set)
                {
                    _pairCounts.TryGetValue(pair, out var n);
                    _pairCounts[pair] = n + 1;
                }
            }

            foreach (var entry in _pairCounts)
            {
                int a = EventPair.First(entry.Key), b = EventPair.Second(entry.Key);
                if (SinglesOf(a) >= threshold || SinglesOf(b) >= threshold)
                {
                    continue;
                }

                if (entry.Value + UnionSize(a, b) >= threshold)
                {
                    _pairs.Add(entry.Key);
                }
            }
        }

        /// <summary>
        /// Pairs of events that each take fewer than <paramref name="threshold"/> inputs down but together enough.
        /// For each first event, count per second event the inputs it adds; an event that cannot reach the threshold
        /// even with the best partner is skipped, which keeps wide groups of many members cheap.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void PairsFromSingles(int threshold, int[][] singles, int maxBelow)
        {
            foreach (var a in _touched)
            {
                var countA = _count[a];
                if (countA >= threshold || countA + maxBelow < threshold)
                {
                    continue;
                }

                MarkInputsOf(a);
                _otherGeneration++;
                _others.Clear();
                for (var child = 0; child < singles.Length; child++)
                {
                    if (_childStamp[child] == _childGeneration)
                    {
                        continue;
                    }

                    foreach (var b in singles[child])
                    {
                        if (b <= a || _count[b] >= threshold)
                        {
                            continue;
                        }

                        if (_otherStamp[b] != _otherGeneration)
                        {
                            _otherStamp[b] = _otherGeneration;
                            _otherCount[b] = 0;
                            _others.Add(b);
                        }

                        _otherCount[b]++;
                    }
                }

                var needed = threshold - countA;
                foreach (var b in _others)
                {
                    var pair = EventPair.Of(a, b);
                    if (_otherCount[b] >= needed && !_pairCounts.ContainsKey(pair))
                    {
                        _pairs.Add(pair);
                    }
                }
            }
        }

        private int SinglesOf(int e) => _stamp[e] == _generation ? _count[e] : 0;

        /// <summary>How many inputs <paramref name="a"/> or <paramref name="b"/> takes down alone.</summary>
        private int UnionSize(int a, int b)
        {
            var countA = SinglesOf(a);
            var countB = SinglesOf(b);
            if (countA == 0 || countB == 0)
            {
                return countA + countB;
            }

            MarkInputsOf(a);
            var union = countA;
            var k = _slot[b];
            for (var m = _start[k]; m < _start[k + 1]; m++)
            {
                if (_childStamp[_members[m]] != _childGeneration)
                {
                    union++;
                }
            }

            return union;
        }

        private void MarkInputsOf(int e)
        {
            _childGeneration++;
            var k = _slot[e];
            for (var m = _start[k]; m < _start[k + 1]; m++)
            {
                _childStamp[_members[m]] = _childGeneration;
            }
        }

        private long[] SortedPairs()
        {
            if (_pairs.Count == 0)
            {
                return Array.Empty<long>();
            }

            _pairs.Sort();
            var kept = 1;
            for (var i = 1; i < _pairs.Count; i++)
            {
                if (_pairs[i] != _pairs[kept - 1])
                {
                    _pairs[kept++] = _pairs[i];
                }
            }

            var result = new long[kept];
            _pairs.CopyTo(0, result, 0, kept);
            return result;
        }

        private static void Grow(ref int[] array, int size)
        {
            if (array.Length < size)
            {
                array = new int[Math.Max(size, array.Length * 2)];
            }
        }
    }
}
