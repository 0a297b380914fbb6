using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Per event, the entrypoints whose order-1 set holds it (the entrypoints it takes down, or degrades): how many, the
    /// criticalities among them, and the first of them by name, as many as a finding lists (<see cref="PathBound.KeptOfList"/>).
    /// Listing every entrypoint of every event costs the sum of the entrypoints' set sizes, n²/2 along a chain of n
    /// entrypoints; this costs the set nodes instead:
    /// <list type="bullet">
    /// <item>Counts: each entrypoint's set is a treap, a tree, so a node is in a given entrypoint's tree through exactly one
    /// of the nodes above it. The number of trees that hold a node is then the sum over the nodes above it, computed once
    /// for all nodes parents first: O(nodes the entrypoints' sets share).</item>
    /// <item>Names: the entrypoints in name order walk their sets, adding themselves to each event that still needs a
    /// name, and skip any subtree all of whose events have what they need (marked once found): O(names kept × depth).</item>
    /// </list>
    /// </summary>
    internal sealed class EntrypointHits
    {
        private readonly EventSetStore _sets;
        private readonly int[] _setOf;
        private readonly int[] _entrypoints;
        private readonly int[] _count;
        private readonly byte[] _criticalities;
        private readonly int[]?[] _first;

        private EntrypointHits(EventSetStore sets, int[] setOf, int[] entrypoints, int[] count, byte[] criticalities, int[]?[] first)
        {
            _sets = sets;
            _setOf = setOf;
            _entrypoints = entrypoints;
            _count = count;
            _criticalities = criticalities;
            _first = first;
        }

        /// <summary>
        /// The hits of every event on <paramref name="entrypoints"/> (node indices, distinct, in name order), whose sets
        /// are <paramref name="setOf"/>[node] in <paramref name="sets"/>.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static EntrypointHits Of(SpofModel model, EventSetStore sets, int[] setOf, int[] entrypoints, int eventCount)
        {
            var count = new int[eventCount];
            var criticalities = new byte[eventCount];
            Count(model, sets, setOf, entrypoints, count, criticalities);
            return new EntrypointHits(sets, setOf, entrypoints, count, criticalities, FirstNames(sets, setOf, entrypoints, count));
        }

        /// <summary>
        /// Per event, whether the set of any of <paramref name="entrypoints"/> holds it: one look at each node their sets
        /// hold, shared nodes once, rather than one per entrypoint and event.
        /// </summary>
        [MethodImpl(HotPath.Optimized)]
        public static bool[] AnyOf(EventSetStore sets, int[] setOf, IEnumerable<int> entrypoints, int eventCount)
        {
            var any = new bool[eventCount];
            var visited = new bool[sets.NodeLimit];
            var pending = new Stack<int>();
            foreach (var entry in entrypoints)
            {
                pending.Push(setOf[entry]);
                while (pending.Count > 0)
                {
                    var node = pending.Pop();
                    if (node == EventSetStore.Empty || visited[node])
                    {
                        continue;
                    }

                    visited[node] = true;
                    any[sets.Key(node)] = true;
                    pending.Push(sets.Left(node));
                    pending.Push(sets.Right(node));
                }
            }

            return any;
        }

        /// <summary>How many entrypoints event <paramref name="e"/> hits.</summary>
        public int Count(int e) => _count[e];

        /// <summary>The first entrypoints (node indices, in name order) that <paramref name="e"/> hits: all of them up to 64, else the first 10.</summary>
        public int[] First(int e) => _first[e] ?? Array.Empty<int>();

        /// <summary>
        /// Every entrypoint <paramref name="e"/> hits, in name order: <see cref="First"/> when it holds them all, else one
        /// membership test per entrypoint (only for an event that hits more than 64, whose finding walks what it takes down anyway).
        /// </summary>
        public IReadOnlyList<int> All(int e)
        {
            var first = First(e);
            if (first.Length == _count[e])
            {
                return first;
            }

            var all = new List<int>(_count[e]);
            foreach (var entry in _entrypoints)
            {
                if (_sets.Contains(_setOf[entry], e))
                {
                    all.Add(entry);
                }
            }

            return all;
        }

        /// <summary>The criticalities among the entrypoints <paramref name="e"/> hits, each once (all a severity depends on).</summary>
        public List<Criticality?> Criticalities(int e)
        {
            var present = new List<Criticality?>(3);
            for (var c = Criticality.Low; c <= Criticality.High; c++)
            {
                if ((_criticalities[e] & Bit(c)) != 0)
                {
                    present.Add(c);
                }
            }

            return present;
        }

        private static byte Bit(Criticality criticality) => (byte)(1 << (int)criticality);

        [MethodImpl(HotPath.Optimized)]
        private static void Count(SpofModel model, EventSetStore sets, int[] setOf, int[] entrypoints, int[] count, byte[] criticalities)
        {
            var limit = sets.NodeLimit;
            var above = new int[limit];
            var seen = new bool[limit];
            var pending = new Stack<int>();
            foreach (var entry in entrypoints)
            {
                var root = setOf[entry];
                if (root != EventSetStore.Empty && !seen[root])
                {
                    seen[root] = true;
                    pending.Push(root);
                }
            }

            // How many nodes of the entrypoints' trees point at each node.
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                CountAbove(sets.Left(node), above, seen, pending);
                CountAbove(sets.Right(node), above, seen, pending);
            }

            var trees = new int[limit];
            var marks = new byte[limit];
            foreach (var entry in entrypoints)
            {
                var root = setOf[entry];
                if (root != EventSetStore.Empty)
                {
                    trees[root]++;
                    marks[root] |= model.Components[entry].Criticality is { } c ? Bit(c) : (byte)0;
                }
            }

            // The roots nothing points at start; clearing seen pushes a root that several entrypoints share once.
            foreach (var entry in entrypoints)
            {
                var root = setOf[entry];
                if (root != EventSetStore.Empty && above[root] == 0 && seen[root])
                {
                    seen[root] = false;
                    pending.Push(root);
                }
            }

            // Parents first: a node is in the trees of the nodes above it, and its own.
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                var e = sets.Key(node);
                count[e] += trees[node];
                criticalities[e] |= marks[node];
                PassDown(node, sets.Left(node), trees, marks, above, pending);
                PassDown(node, sets.Right(node), trees, marks, above, pending);
            }
        }

        private static void CountAbove(int child, int[] above, bool[] seen, Stack<int> pending)
        {
            if (child == EventSetStore.Empty)
            {
                return;
            }

            above[child]++;
            if (!seen[child])
            {
                seen[child] = true;
                pending.Push(child);
            }
        }

        private static void PassDown(int node, int child, int[] trees, byte[] marks, int[] above, Stack<int> pending)
        {
            if (child == EventSetStore.Empty)
            {
                return;
            }

            trees[child] += trees[node];
            marks[child] |= marks[node];
            if (--above[child] == 0)
            {
                pending.Push(child);
            }
        }

        [MethodImpl(HotPath.Optimized)]
        private static int[]?[] FirstNames(EventSetStore sets, int[] setOf, int[] entrypoints, int[] count)
        {
            var first = new int[]?[count.Length];
            var filled = new int[count.Length];
            for (var e = 0; e < count.Length; e++)
            {
                if (count[e] > 0)
                {
                    first[e] = new int[PathBound.KeptOfList(count[e])];
                }
            }

            // A node is done when its event and every event below it have all the names they keep.
            var done = new bool[sets.NodeLimit];
            var pending = new Stack<int>();
            foreach (var entry in entrypoints)
            {
                var root = setOf[entry];
                if (root == EventSetStore.Empty || done[root])
                {
                    continue;
                }

                pending.Push(root);
                while (pending.Count > 0)
                {
                    var item = pending.Pop();
                    if (item < 0)
                    {
                        var visited = ~item;
                        var e = sets.Key(visited);
                        done[visited] = filled[e] == first[e]!.Length && IsDone(sets.Left(visited), done) && IsDone(sets.Right(visited), done);
                        continue;
                    }

                    var key = sets.Key(item);
                    var names = first[key]!;
                    if (filled[key] < names.Length)
                    {
                        names[filled[key]++] = entry;
                    }

                    pending.Push(~item);
                    PushUndone(sets.Left(item), done, pending);
                    PushUndone(sets.Right(item), done, pending);
                }
            }

            return first;
        }

        private static bool IsDone(int node, bool[] done) => node == EventSetStore.Empty || done[node];

        private static void PushUndone(int node, bool[] done, Stack<int> pending)
        {
            if (!IsDone(node, done))
            {
                pending.Push(node);
            }
        }
    }
}
