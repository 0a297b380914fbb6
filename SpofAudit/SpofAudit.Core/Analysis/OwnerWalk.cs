using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// What one entrypoint's walk of <see cref="TruckFactorAnalysis"/> found: its truck factor, and each component it
    /// hard-depends on whose owners are a minimal set of two or more people, with one path to the first such component of
    /// each set.
    /// </summary>
    internal sealed class OwnerWalk
    {
        public OwnerWalk(int truckFactor, List<long> keys, List<int> components, Dictionary<long, int[]> paths, int[] operated, int operatedCount)
        {
            Operated = operated;
            OperatedCount = operatedCount;
            TruckFactor = truckFactor;
            Keys = keys;
            Components = components;
            Paths = paths;
        }

        /// <summary>The truck factor, 0 when nothing the entrypoint hard-depends on names an owner.</summary>
        public int TruckFactor { get; }

        /// <summary>For each hit, the key of its minimal owner set; <see cref="Components"/> holds the component beside it.</summary>
        public List<long> Keys { get; }

        public List<int> Components { get; }

        /// <summary>Up to <see cref="TruckFactorAnalysis.MaxListedComponents"/> components it hard-depends on that name an owner, fewest people first.</summary>
        public int[] Operated { get; }

        /// <summary>How many components it hard-depends on name an owner, listed in <see cref="Operated"/> or not.</summary>
        public int OperatedCount { get; }

        /// <summary>Per minimal owner set, the nodes from the entrypoint to the nearest component it owns.</summary>
        public Dictionary<long, int[]> Paths { get; }
    }
}
