using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Builds sorted, distinct event sets (unions, k-of-n counts, differences) with one reusable stamp
    /// array instead of a hash set per node, so the hot loop of the order-1 analysis allocates only its
    /// results. A union that adds nothing to its largest input set returns that set itself: sets are never
    /// mutated once built, so nodes along a chain, and a node whose inputs nest, share one array instead of
    /// each holding a sorted copy.
    /// </summary>
    internal sealed class EventSetBuilder
    {
        private readonly int[] _stamp;
        private readonly int[] _count;
        private readonly List<int> _buffer = new List<int>();
        private int _generation;
        private int[]? _largestSet;
        private int _nonEmptySets;
        private int[] _exclusion = Array.Empty<int>();
        private bool _excludedAny;

        public EventSetBuilder(int eventCount)
        {
            _stamp = new int[eventCount];
            _count = new int[eventCount];
        }

        /// <summary>Starts a new union.</summary>
        public void Begin()
        {
            _buffer.Clear();
            _generation++;
            _largestSet = null;
            _nonEmptySets = 0;
            _exclusion = Array.Empty<int>();
            _excludedAny = false;
        }

        /// <summary>
        /// Keeps these events out of the union being built; call before <see cref="Add"/>. They are marked only when a
        /// non-empty set is added, so a union of nothing (most nodes' degraded set) costs nothing for a large exclusion.
        /// </summary>
        public void Exclude(int[] events)
        {
            MarkExclusion();
            _exclusion = events;
            _excludedAny |= events.Length > 0;
        }

        /// <summary>Adds a set to the union being built.</summary>
        [MethodImpl(HotPath.Optimized)]
        public void Add(int[] set)
        {
            if (set.Length == 0)
            {
                return;
            }

            MarkExclusion();
            if (_largestSet == null || set.Length > _largestSet.Length)
            {
                _largestSet = set;
            }

            _nonEmptySets++;
            foreach (var e in set)
            {
                if (_stamp[e] != _generation)
                {
                    _stamp[e] = _generation;
                    _buffer.Add(e);
                }
            }
        }

        /// <summary>The union built since <see cref="Begin"/>, sorted.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int[] Finish()
        {
            if (_buffer.Count == 0)
            {
                return Array.Empty<int>();
            }

            // The union holds all of its largest input unless something was excluded from it; no larger then means
            // the other inputs added nothing (with one input, a union as large as it lost nothing to the exclusion).
            if (_largestSet != null && _buffer.Count == _largestSet.Length && (!_excludedAny || _nonEmptySets == 1))
            {
                return _largestSet;
            }

            var result = _buffer.ToArray();
            Array.Sort(result);
            return result;
        }

        [MethodImpl(HotPath.Optimized)]
        private void MarkExclusion()
        {
            foreach (var e in _exclusion)
            {
                _stamp[e] = _generation;
            }

            _exclusion = Array.Empty<int>();
        }

        /// <summary>The events found in at least <paramref name="threshold"/> of the sets, sorted.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int[] AtLeast(int[][] sets, int threshold)
        {
            Begin();
            foreach (var set in sets)
            {
                foreach (var e in set)
                {
                    if (_stamp[e] != _generation)
                    {
                        _stamp[e] = _generation;
                        _count[e] = 0;
                        _buffer.Add(e);
                    }

                    _count[e]++;
                }
            }

            var kept = 0;
            for (var i = 0; i < _buffer.Count; i++)
            {
                if (_count[_buffer[i]] >= threshold)
                {
                    _buffer[kept++] = _buffer[i];
                }
            }

            _buffer.RemoveRange(kept, _buffer.Count - kept);
            _nonEmptySets = 0;
            _largestSet = null;
            return Finish();
        }

        /// <summary>
        /// Whether a sorted set holds <paramref name="e"/>. The walkers ask this for every child they pass, so it is a
        /// plain binary search on ints, after a range check that answers most misses at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Contains(int[] sortedSet, int e)
        {
            var high = sortedSet.Length - 1;
            if (high < 0 || e < sortedSet[0] || e > sortedSet[high])
            {
                return false;
            }

            var low = 0;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var value = sortedSet[middle];
                if (value == e)
                {
                    return true;
                }

                if (value < e)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return false;
        }
    }
}
