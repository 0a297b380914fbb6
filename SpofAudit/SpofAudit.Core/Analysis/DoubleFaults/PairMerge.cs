using System;
using System.Collections.Generic;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Merges the sorted pair sets of the entrypoints into a stream of distinct pairs, each with the entrypoints whose
    /// set holds it (in the order given), in one pass over a heap of cursors: no hash lookups for the many pairs large
    /// models share, and nothing held but the heap, so the caller decides what to keep.
    /// </summary>
    internal static class PairMerge
    {
        /// <summary>Calls <c>found</c> once per distinct pair with the entrypoints holding it, in a list reused for the next pair.</summary>
        public static void Merge(IReadOnlyList<int> holders, long[][] sets, bool[] excludedEvents, Action<long, List<int>> found)
        {
            var heap = new List<(long Pair, int Set, int Position)>();
            for (var s = 0; s < holders.Count; s++)
            {
                var set = sets[holders[s]];
                var first = Next(set, 0, excludedEvents);
                if (first < set.Length)
                {
                    Push(heap, (set[first], s, first));
                }
            }

            var current = new List<int>();
            var holding = new List<int>();
            while (heap.Count > 0)
            {
                var pair = heap[0].Pair;
                current.Clear();
                while (heap.Count > 0 && heap[0].Pair == pair)
                {
                    var (_, s, position) = heap[0];
                    current.Add(s);
                    var set = sets[holders[s]];
                    var next = Next(set, position + 1, excludedEvents);
                    if (next < set.Length)
                    {
                        heap[0] = (set[next], s, next);
                        SiftDown(heap, 0);
                    }
                    else
                    {
                        Pop(heap);
                    }
                }

                // In the order of holders, whatever order the heap met them in.
                current.Sort();
                holding.Clear();
                foreach (var s in current)
                {
                    holding.Add(holders[s]);
                }

                found(pair, holding);
            }
        }

        /// <summary>The first position at or after <paramref name="from"/> whose pair holds no excluded event.</summary>
        private static int Next(long[] set, int from, bool[] excluded)
        {
            while (from < set.Length && (excluded[EventPair.First(set[from])] || excluded[EventPair.Second(set[from])]))
            {
                from++;
            }

            return from;
        }

        private static void Push(List<(long Pair, int Set, int Position)> heap, (long Pair, int Set, int Position) item)
        {
            heap.Add(item);
            var i = heap.Count - 1;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (heap[parent].Pair <= item.Pair)
                {
                    break;
                }

                heap[i] = heap[parent];
                i = parent;
            }

            heap[i] = item;
        }

        private static void Pop(List<(long Pair, int Set, int Position)> heap)
        {
            var last = heap.Count - 1;
            heap[0] = heap[last];
            heap.RemoveAt(last);
            if (heap.Count > 0)
            {
                SiftDown(heap, 0);
            }
        }

        private static void SiftDown(List<(long Pair, int Set, int Position)> heap, int i)
        {
            var item = heap[i];
            while (true)
            {
                var child = (2 * i) + 1;
                if (child >= heap.Count)
                {
                    break;
                }

                if (child + 1 < heap.Count && heap[child + 1].Pair < heap[child].Pair)
                {
                    child++;
                }

                if (heap[child].Pair >= item.Pair)
                {
                    break;
                }

                heap[i] = heap[child];
                i = child;
            }

            heap[i] = item;
        }
    }
}
