using System.Collections.Generic;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>Compares sorted sets of place events by content, so units in the same places fall into one class.</summary>
    internal sealed class PlaceSetComparer : IEqualityComparer<int[]>
    {
        public static PlaceSetComparer Instance { get; } = new PlaceSetComparer();

        public bool Equals(int[]? x, int[]? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            if (x == null || y == null || x.Length != y.Length)
            {
                return false;
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(int[] set)
        {
            var hash = 17;
            foreach (var e in set)
            {
                hash = (hash * 31) + e;
            }

            return hash;
        }
    }
}
