using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Scratch state for the order-2 sets of one node at a time: the events that alone take it down (D1) and the
    /// minimal pairs that together do (D2, no pair holding a D1 event). Reused across nodes, so a node costs what its
    /// inputs and its answer cost, not the size of the model. Every set it builds is counted against the pass's
    /// <see cref="PairBudget"/>, and so is the scratch list it gathers a set in.
    /// </summary>
    internal sealed class PairCutBuilder
    {
        private readonly int[] _stamp;
        private readonly int[] _count;
        private readonly int[] _slot;
        private readonly int[] _otherStamp;
        private readonly int[] _otherCount;
        private readonly int[] _inputCount;
        private readonly PairBudget _budget;
        private readonly List<int> _touched = new List<int>();
        private readonly List<int> _others = new List<int>();
        private readonly List<long> _pairs = new List<long>();
        private readonly Dictionary<long, int> _pairCounts = new Dictionary<long, int>();
        private int[] _childStamp = new int[16];
        private int[] _start = new int[16];
        private int[] _members = new int[16];
        private int[][] _classPlaces = new int[16][];
        private int[] _weights = new int[16];
        private bool _weighted;
        private long _room;
        private int _generation;
        private int _otherGeneration;
        private int _childGeneration;

        public PairCutBuilder(int eventCount, PairBudget budget)
        {
            _budget = budget;
            _inputCount = new int[eventCount];
            _stamp = new int[eventCount];
            _count = new int[eventCount];
            _slot = new int[eventCount];
            _otherStamp = new int[eventCount];
            _otherCount = new int[eventCount];
        }

        /// <summary>
        /// A k-of-n group: down when at least <paramref name="threshold"/> of its members are.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public (int[] Singles, long[] Pairs) AtLeast(int threshold, int[][] singles, long[][] pairs)
        {
            _weighted = false;
            var (down, maxBelow) = Begin(threshold, singles, singles.Length);
            PairsFromInputPairs(threshold, pairs);
            if (threshold >= 2 && maxBelow > 0)
            {
                PairsFromSingles(threshold, singles, singles.Length, maxBelow);
            }

            down.Sort();
            return (down.ToArray(), SortedPairs());
        }

        /// <summary>
        /// A component's own units, grouped into classes of units in the same places: down when at least
        /// <paramref name="threshold"/> units are. A place takes down every unit of every class it holds, a class event
        /// one unit (any one of its instances), the class event paired with itself two: so counted, the pairs are those
        /// of the instances one by one, each class of m instances standing for all of them.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public (int[] Singles, long[] Pairs) Local(int threshold, PlacementClass[] classes)
        {
            var n = classes.Length;
            if (_classPlaces.Length < n)
            {
                _classPlaces = new int[Math.Max(n, _classPlaces.Length * 2)][];
            }

            Grow(ref _weights, n);
            for (var k = 0; k < n; k++)
            {
                _classPlaces[k] = classes[k].Places;
                _weights[k] = classes[k].Units;
            }

            _weighted = true;
            var (down, maxBelow) = Begin(threshold, _classPlaces, n);
            if (threshold >= 2 && maxBelow > 0)
            {
                PairsFromSingles(threshold, _classPlaces, n, maxBelow);
            }

            if (threshold == 1)
            {
                foreach (var unitClass in classes)
                {
                    if (unitClass.Event >= 0)
                    {
                        down.Add(unitClass.Event);
                    }
                }
            }
            else
            {
                PairsWithClasses(threshold, classes);
            }

            _weighted = false;
            Array.Clear(_classPlaces, 0, n);
            down.Sort();
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
            _room = _budget.Room;
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
                        Gather(pair);
                    }
                }
            }

            return sources == 1 && !dropped ? only! : SortedPairs();
        }

        /// <summary>
        /// Counts the inputs' singles, clears the scratch pairs and sizes the scratch list by the budget left: the
        /// events that take the node down alone, unsorted, and the most inputs an event below the threshold takes down.
        /// </summary>
        private (List<int> Down, int MaxBelow) Begin(int threshold, int[][] singles, int inputs)
        {
            CountSingles(singles, inputs);
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

            _pairs.Clear();
            _pairCounts.Clear();
            _room = _budget.Room;
            return (down, maxBelow);
        }

        /// <summary>
        /// How many inputs each event takes down alone (weighted: how many units), and which inputs
        /// (<see cref="_members"/> from <see cref="_start"/>).
        /// </summary>
        private void CountSingles(int[][] singles, int inputs)
        {
            _generation++;
            _touched.Clear();
            for (var child = 0; child < inputs; child++)
            {
                var weight = WeightOf(child);
                foreach (var e in singles[child])
                {
                    if (_stamp[e] != _generation)
                    {
                        _stamp[e] = _generation;
                        _count[e] = 0;
                        _inputCount[e] = 0;
                        _touched.Add(e);
                    }

                    _count[e] += weight;
                    _inputCount[e]++;
                }
            }

            Grow(ref _start, _touched.Count + 1);
            var total = 0;
            for (var k = 0; k < _touched.Count; k++)
            {
                var e = _touched[k];
                _slot[e] = k;
                _start[k] = total;
                total += _inputCount[e];
            }

            _start[_touched.Count] = total;
            Grow(ref _members, total);
            Grow(ref _childStamp, inputs);
            var fill = new int[_touched.Count];
            for (var child = 0; child < inputs; child++)
            {
                foreach (var e in singles[child])
                {
                    var k = _slot[e];
                    _members[_start[k] + fill[k]++] = child;
                }
            }
        }

        /// <summary>Pairs that already take some inputs down together, plus what each of them takes down alone.</summary>
        private void PairsFromInputPairs(int threshold, long[][] pairs)
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
                    Gather(entry.Key);
                }
            }
        }

        /// <summary>
        /// Pairs of events that each take fewer than <paramref name="threshold"/> inputs down but together enough.
        /// For each first event, count per second event the inputs it adds; an event that cannot reach the threshold
        /// even with the best partner is skipped, which keeps wide groups of many members cheap.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        private void PairsFromSingles(int threshold, int[][] singles, int inputs, int maxBelow)
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
                for (var child = 0; child < inputs; child++)
                {
                    if (_childStamp[child] == _childGeneration)
                    {
                        continue;
                    }

                    var weight = WeightOf(child);
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

                        _otherCount[b] += weight;
                    }
                }

                var needed = threshold - countA;
                foreach (var b in _others)
                {
                    var pair = EventPair.Of(a, b);
                    if (_otherCount[b] >= needed && !_pairCounts.ContainsKey(pair))
                    {
                        Gather(pair);
                    }
                }
            }
        }

        /// <summary>
        /// The pairs of a component's own units that hold a class event (<see cref="Local"/>, threshold at least 2): one
        /// instance takes down one unit, so two of them (of one class or two) are enough only at threshold 2, and a class
        /// event with a place only when the place takes down one unit short of the threshold, none of them the class's own.
        /// </summary>
        private void PairsWithClasses(int threshold, PlacementClass[] classes)
        {
            if (threshold == 2)
            {
                for (var k = 0; k < classes.Length; k++)
                {
                    var e = classes[k].Event;
                    if (e < 0)
                    {
                        continue;
                    }

                    if (classes[k].Units >= 2)
                    {
                        Gather(EventPair.Of(e, e));
                    }

                    for (var l = k + 1; l < classes.Length; l++)
                    {
                        if (classes[l].Event >= 0)
                        {
                            Gather(EventPair.Of(e, classes[l].Event));
                        }
                    }
                }
            }

            foreach (var place in _touched)
            {
                if (_count[place] != threshold - 1)
                {
                    continue;
                }

                foreach (var unitClass in classes)
                {
                    if (unitClass.Event >= 0 && Array.BinarySearch(unitClass.Places, place) < 0)
                    {
                        Gather(EventPair.Of(unitClass.Event, place));
                    }
                }
            }
        }

        private int WeightOf(int input) => _weighted ? _weights[input] : 1;

        /// <summary>
        /// Adds a pair to the set being built. A list that reaches the budget left is first rid of its duplicates (a
        /// union gathers the pairs its inputs share once per input); still half the budget left after that, the pass stops.
        /// </summary>
        private void Gather(long pair)
        {
            if (_pairs.Count >= _room)
            {
                Compact();
                if (_pairs.Count >= _room / 2)
                {
                    throw new PairBudgetExceededException(_budget.Limit);
                }
            }

            _pairs.Add(pair);
        }

        private void Compact()
        {
            _pairs.Sort();
            var kept = _pairs.Count == 0 ? 0 : 1;
            for (var i = 1; i < _pairs.Count; i++)
            {
                if (_pairs[i] != _pairs[kept - 1])
                {
                    _pairs[kept++] = _pairs[i];
                }
            }

            _pairs.RemoveRange(kept, _pairs.Count - kept);
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
                    union += WeightOf(_members[m]);
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

            Compact();
            _budget.Spend(_pairs.Count);
            return _pairs.ToArray();
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
