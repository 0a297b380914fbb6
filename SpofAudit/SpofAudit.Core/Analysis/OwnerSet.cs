using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// A minimal set of people, two or more, who together are the only ones able to operate components some entrypoints
    /// hard-depend on: their joint absence leaves such a component with nobody, and no smaller part of them does.
    /// </summary>
    internal sealed class OwnerSet
    {
        public OwnerSet(IReadOnlyList<string> people, int[] entrypoints, int[] components, int[] path)
        {
            People = people;
            Entrypoints = entrypoints;
            Components = components;
            Path = path;
        }

        /// <summary>The people, in ordinal order.</summary>
        public IReadOnlyList<string> People { get; }

        /// <summary>The graph nodes of the entrypoints for which the set is a minimal cut set, in name order.</summary>
        public int[] Entrypoints { get; }

        /// <summary>The components those entrypoints hard-depend on whose owners, teams expanded, are exactly these people.</summary>
        public int[] Components { get; }

        /// <summary>One chain of hard dependencies from the first entrypoint to one of the components (group nodes included).</summary>
        public int[] Path { get; }
    }
}
