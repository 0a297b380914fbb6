using System;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// Two distinct events packed in one long, smaller first, so sets of pairs are sorted long arrays that
    /// compare, merge and search like the int arrays of the order-1 analysis.
    /// </summary>
    internal static class EventPair
    {
        public static long Of(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

        public static int First(long pair) => (int)(pair >> 32);

        public static int Second(long pair) => (int)(pair & 0xFFFFFFFF);

        public static bool Contains(long[] sortedPairs, long pair) => Array.BinarySearch(sortedPairs, pair) >= 0;
    }
}
