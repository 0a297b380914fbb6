using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Sets of event numbers that share structure: each set is a handle to the root of a treap whose node priorities
    /// are a hash of the event, so a set's shape depends on its events alone, and whose nodes are never changed once
    /// a set holds them. A union that adds k events to a set of n copies only the O(k log n) nodes on the way to them
    /// and shares the rest: along a chain of n components, where each set is its child's plus one event, the n sets
    /// take O(n log n) nodes instead of the n²/2 events that one sorted array per node would hold.
    /// Nodes live in one int array (event, left, right, size), so the sets cost the collector nothing to trace.
    /// Building is single-threaded; once built, any number of threads may read.
    /// </summary>
    internal sealed class EventSetStore
    {
        /// <summary>The empty set's handle.</summary>
        public const int Empty = 0;

        private const int Stride = 4;
        private const int KeyField = 0;
        private const int LeftField = 1;
        private const int RightField = 2;
        private const int SizeField = 3;

        private int[] _nodes = new int[Stride * 1024];
        private int _next = 1;

        /// <summary>
        /// One more than the highest node handle: the size of an array indexed by node. A set's handle is its root node;
        /// <see cref="Key"/>, <see cref="Left"/> and <see cref="Right"/> read the nodes, which a built set never changes.
        /// </summary>
        public int NodeLimit => _next;

        /// <summary>How many events the set holds.</summary>
        public int Count(int set) => _nodes[(set * Stride) + SizeField];

        /// <summary>Whether the set holds <paramref name="e"/>: one walk down the treap.</summary>
        [MethodImpl(HotPath.Optimized)]
        public bool Contains(int set, int e)
        {
            var nodes = _nodes;
            while (set != Empty)
            {
                var key = nodes[set * Stride];
                if (key == e)
                {
                    return true;
                }

                set = nodes[(set * Stride) + (e < key ? LeftField : RightField)];
            }

            return false;
        }

        /// <summary>The set's events in ascending order.</summary>
        public int[] ToArray(int set)
        {
            var result = new int[Count(set)];
            var next = 0;
            var pending = new Stack<int>();
            var node = set;
            while (node != Empty || pending.Count > 0)
            {
                while (node != Empty)
                {
                    pending.Push(node);
                    node = _nodes[(node * Stride) + LeftField];
                }

                node = pending.Pop();
                result[next++] = _nodes[node * Stride];
                node = _nodes[(node * Stride) + RightField];
            }

            return result;
        }

        /// <summary>The set's lowest <paramref name="count"/> events (all of them when it holds fewer), ascending: O(count + depth).</summary>
        public int[] Lowest(int set, int count)
        {
            var result = new int[Math.Min(count, Count(set))];
            var next = 0;
            var pending = new Stack<int>();
            var node = set;
            while (next < result.Length)
            {
                while (node != Empty)
                {
                    pending.Push(node);
                    node = Left(node);
                }

                node = pending.Pop();
                result[next++] = Key(node);
                node = Right(node);
            }

            return result;
        }

        /// <summary>The set of these distinct events, given in ascending order: O(n).</summary>
        [MethodImpl(HotPath.Optimized)]
        public int FromSorted(int[] sorted)
        {
            if (sorted.Length == 0)
            {
                return Empty;
            }

            // The treap of sorted keys is their Cartesian tree by priority: keep the right spine on a stack.
            var spine = new int[sorted.Length];
            var top = 0;
            foreach (var e in sorted)
            {
                var node = NewNode(e, Empty, Empty, 1);
                var last = Empty;
                while (top > 0 && Before(node, spine[top - 1]))
                {
                    last = spine[--top];
                }

                _nodes[(node * Stride) + LeftField] = last;
                if (top > 0)
                {
                    _nodes[(spine[top - 1] * Stride) + RightField] = node;
                }

                spine[top++] = node;
            }

            var root = spine[0];
            FixSizes(root);
            return root;
        }

        /// <summary>The events in either set. Returns one of them when it already holds the other, so nested sets stay shared.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int Union(int a, int b)
        {
            if (a == b || b == Empty)
            {
                return a;
            }

            if (a == Empty)
            {
                return b;
            }

            if (Before(b, a))
            {
                (a, b) = (b, a);
            }

            // a's root comes first of all: it stays the root, with b split around its event on either side.
            var key = Key(a);
            Split(b, key, out var lower, out var higher, out _);
            var left = Union(Left(a), lower);
            var right = Union(Right(a), higher);

            // A union as large as one of its sets is that set: return it rather than an equal copy.
            var size = 1 + Count(left) + Count(right);
            return size == Count(a) ? a : size == Count(b) ? b : Node(key, left, right);
        }

        /// <summary>The events of <paramref name="a"/> that <paramref name="b"/> does not hold.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int Difference(int a, int b)
        {
            if (a == Empty || b == Empty)
            {
                return a;
            }

            if (a == b)
            {
                return Empty;
            }

            var key = Key(a);
            Split(b, key, out var lower, out var higher, out var found);
            var left = Difference(Left(a), lower);
            var right = Difference(Right(a), higher);
            if (found)
            {
                return Join(left, right);
            }

            return Count(left) == Count(Left(a)) && Count(right) == Count(Right(a)) ? a : Node(key, left, right);
        }

        /// <summary>Splits a set into its events below and above <paramref name="key"/>; <paramref name="found"/> says whether it held it.</summary>
        [MethodImpl(HotPath.Optimized)]
        private void Split(int set, int key, out int lower, out int higher, out bool found)
        {
            if (set == Empty)
            {
                lower = higher = Empty;
                found = false;
                return;
            }

            var own = Key(set);
            if (own == key)
            {
                lower = Left(set);
                higher = Right(set);
                found = true;
            }
            else if (own < key)
            {
                Split(Right(set), key, out var middle, out higher, out found);
                lower = middle == Right(set) ? set : Node(own, Left(set), middle);
            }
            else
            {
                Split(Left(set), key, out lower, out var middle, out found);
                higher = middle == Left(set) ? set : Node(own, middle, Right(set));
            }
        }

        /// <summary>The union of two sets whose events are all lower in <paramref name="lower"/> than in <paramref name="higher"/>.</summary>
        private int Join(int lower, int higher)
        {
            if (lower == Empty)
            {
                return higher;
            }

            if (higher == Empty)
            {
                return lower;
            }

            return Before(lower, higher)
                ? Node(Key(lower), Left(lower), Join(Right(lower), higher))
                : Node(Key(higher), Join(lower, Left(higher)), Right(higher));
        }

        private int FixSizes(int node)
        {
            if (node == Empty)
            {
                return 0;
            }

            var size = 1 + FixSizes(Left(node)) + FixSizes(Right(node));
            _nodes[(node * Stride) + SizeField] = size;
            return size;
        }

        private int Node(int key, int left, int right) => NewNode(key, left, right, 1 + Count(left) + Count(right));

        private int NewNode(int key, int left, int right, int size)
        {
            if ((_next + 1) * Stride > _nodes.Length)
            {
                Array.Resize(ref _nodes, checked(_nodes.Length * 2));
            }

            var node = _next++;
            var at = node * Stride;
            _nodes[at + KeyField] = key;
            _nodes[at + LeftField] = left;
            _nodes[at + RightField] = right;
            _nodes[at + SizeField] = size;
            return node;
        }

        /// <summary>The event a node holds.</summary>
        public int Key(int node) => _nodes[(node * Stride) + KeyField];

        /// <summary>The subset of lower events under a node: a set handle, <see cref="Empty"/> when there is none.</summary>
        public int Left(int node) => _nodes[(node * Stride) + LeftField];

        /// <summary>The subset of higher events under a node.</summary>
        public int Right(int node) => _nodes[(node * Stride) + RightField];

        /// <summary>Whether node a's event sits above node b's in any treap: higher priority, ties broken by event.</summary>
        private bool Before(int a, int b)
        {
            var keyA = Key(a);
            var keyB = Key(b);
            var priorityA = Priority(keyA);
            var priorityB = Priority(keyB);
            return priorityA != priorityB ? priorityA > priorityB : keyA < keyB;
        }

        /// <summary>A fixed mix of the event number (the murmur3 finaliser): random-looking, the same in every run.</summary>
        private static uint Priority(int key)
        {
            var h = (uint)key;
            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return h;
        }
    }
}
