using System;
using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Builds sorted, distinct event sets (unions, k-of-n counts, differences) with one reusable
    /// stamp array instead of a hash set per node: the hot loop of the order-1 analysis allocates
    /// only its results.
    /// </summary>
    internal sealed class EventSetBuilder
    {
        private readonly int[] _stamp;
        private readonly int[] _count;
        private readonly List<int> _buffer = new List<int>();
        private int _generation;

        public EventSetBuilder(int eventCount)
        {
            _stamp = new int[eventCount];
            _count = new int[eventCount];
        }

        /// <summary>The union of the given sets, sorted.</summary>
        public int[] Union(IReadOnlyList<int[]> sets)
        {
            Begin();
            foreach (var set in sets)
            {
                foreach (var e in set)
                {
                    if (_stamp[e] != _generation)
                    {
                        _stamp[e] = _generation;
                        _buffer.Add(e);
                    }
                }
            }

            return Finish();
        }

        /// <summary>The events found in at least <paramref name="threshold"/> of the sets, sorted.</summary>
        public int[] AtLeast(IReadOnlyList<int[]> sets, int threshold)
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
            return Finish();
        }

        /// <summary>The union of the sets, less the events in <paramref name="excluded"/>, sorted.</summary>
        public int[] UnionExcept(IReadOnlyList<int[]> sets, int[] excluded)
        {
            Begin();
            foreach (var e in excluded)
            {
                _stamp[e] = _generation;
            }

            foreach (var set in sets)
            {
                foreach (var e in set)
                {
                    if (_stamp[e] != _generation)
                    {
                        _stamp[e] = _generation;
                        _buffer.Add(e);
                    }
                }
            }

            return Finish();
        }

        public static bool Contains(int[] sortedSet, int e) => Array.BinarySearch(sortedSet, e) >= 0;

        private void Begin()
        {
            _buffer.Clear();
            _generation++;
        }

        private int[] Finish()
        {
            if (_buffer.Count == 0)
            {
                return Array.Empty<int>();
            }

            var result = _buffer.ToArray();
            Array.Sort(result);
            return result;
        }
    }
}
