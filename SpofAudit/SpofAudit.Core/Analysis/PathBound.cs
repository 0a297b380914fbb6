using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Keeps a finding's path, or a what-if's chain, as long as a person reads one: a chain of more than <see cref="WholeLimit"/> names (longer
    /// than any model of fewer components has) keeps its beginning (from the entrypoint) and its end (the target, and
    /// for a zone, region, domain or person the component just before it), with <see cref="Elision"/> standing for the
    /// names between. Without the bound a chain of n components gives n findings of up to n names each: n² names.
    /// A finding's lists of names (the entrypoints it affects, the components it hits) follow the same bound: whole up to
    /// <see cref="WholeLimit"/> names, else their first <see cref="KeptBeginning"/> and their count (a finding's <c>NameList</c>).
    /// </summary>
    internal static class PathBound
    {
        /// <summary>The most names a path holds whole.</summary>
        public const int WholeLimit = 64;

        /// <summary>The path entry that stands for the names left out of its middle.</summary>
        public const string Elision = "...";

        /// <summary>
        /// How many nodes a walk for an instance finding may enter before it stops with the beginning of its chain:
        /// twice <see cref="WholeLimit"/>, so a walk that backtracks, or passes through groups, still finds a whole path that fits.
        /// </summary>
        public const int WalkBudget = 2 * WholeLimit;

        /// <summary>How many names an elided path, or a list of names too long to keep whole, keeps from its beginning.</summary>
        public const int KeptBeginning = 10;

        /// <summary>How many names an elided path keeps from its end.</summary>
        public const int KeptEnd = 2;

        /// <summary>Whether a path or list of <paramref name="count"/> names is kept whole.</summary>
        public static bool KeepsWhole(int count) => count <= WholeLimit;

        /// <summary>How many names a list that stands for <paramref name="count"/> names keeps.</summary>
        public static int KeptOfList(int count) => KeepsWhole(count) ? count : KeptBeginning;

        /// <summary>A whole path, its middle left out when it is too long.</summary>
        public static IReadOnlyList<string> Of(IReadOnlyList<string> path)
        {
            if (KeepsWhole(path.Count))
            {
                return path;
            }

            var end = new string[KeptEnd];
            for (var i = 0; i < KeptEnd; i++)
            {
                end[i] = path[path.Count - KeptEnd + i];
            }

            return Elided(path, end);
        }

        /// <summary>
        /// A path too long to keep whole, from its first names (at least <see cref="KeptBeginning"/> of
        /// <paramref name="beginning"/> are read) and its last <see cref="KeptEnd"/>.
        /// </summary>
        public static IReadOnlyList<string> Elided(IReadOnlyList<string> beginning, IReadOnlyList<string> end)
        {
            var bounded = new string[KeptBeginning + 1 + end.Count];
            for (var i = 0; i < KeptBeginning; i++)
            {
                bounded[i] = beginning[i];
            }

            bounded[KeptBeginning] = Elision;
            for (var i = 0; i < end.Count; i++)
            {
                bounded[KeptBeginning + 1 + i] = end[i];
            }

            return bounded;
        }

        /// <summary>
        /// The beginning of a chain whose walk stopped before its end, and that end: the target, which the walk did
        /// not reach. Always elided, since what lies between is not known.
        /// </summary>
        public static IReadOnlyList<string> Cut(IReadOnlyList<string> beginning, string end)
        {
            var kept = beginning.Count < KeptBeginning + 1 ? beginning.Count : KeptBeginning + 1;
            var bounded = new string[kept + 2];
            for (var i = 0; i < kept; i++)
            {
                bounded[i] = beginning[i];
            }

            bounded[kept] = Elision;
            bounded[kept + 1] = end;
            return bounded;
        }
    }
}
