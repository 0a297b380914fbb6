using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// The truck factor of each entrypoint: the size of the smallest set of people whose joint absence leaves some
    /// component the entrypoint hard-depends on (itself included, through hard dependencies and any member of a group,
    /// the reach of a sole owner's degradation in <see cref="SinglePointAnalysis"/>) with none of its owners, teams
    /// expanded. A component that names no owner is not counted. Absences only degrade, and a component is left alone
    /// exactly when all of its owners are absent, so the minimal cut sets over person events are the minimal owner sets
    /// among the components reached, and the truck factor is the smallest of them: it is computed exactly, whatever its
    /// size. The minimal sets themselves are enumerated up to <see cref="MaxSetSize"/> people.
    /// </summary>
    internal sealed class TruckFactorAnalysis
    {
        /// <summary>Minimal sets of more people than this are not enumerated (their truck factor still is exact).</summary>
        public const int MaxSetSize = 3;

        /// <summary>Per entrypoint, at most this many of the owned components it depends on are listed (those with the fewest people).</summary>
        public const int MaxListedComponents = 20;

        /// <summary>Bits per person in a set's key: three people fit a long, numbered from 1 so that 0 is "no person".</summary>
        private const int KeyBits = 21;

        private readonly int[][] _operated;
        private readonly int[] _operatedCount;

        private TruckFactorAnalysis(int[] entrypoints, int[] truckFactors, IReadOnlyList<OwnerSet> sets, int[][] operated, int[] operatedCount)
        {
            _operated = operated;
            _operatedCount = operatedCount;
            Entrypoints = entrypoints;
            TruckFactors = truckFactors;
            Sets = sets;
        }

        /// <summary>The entrypoints' graph nodes, distinct, in name order.</summary>
        public int[] Entrypoints { get; }

        /// <summary>Per entrypoint of <see cref="Entrypoints"/>: its truck factor, 0 when no component it hard-depends on names an owner.</summary>
        public int[] TruckFactors { get; }

        /// <summary>Per entrypoint (its position in <see cref="Entrypoints"/>): up to <see cref="MaxListedComponents"/> owned components it hard-depends on, fewest people first.</summary>
        public int[] OperatedBy(int entrypoint) => _operated[entrypoint];

        /// <summary>Per entrypoint (its position in <see cref="Entrypoints"/>): how many components it hard-depends on name an owner.</summary>
        public int OperatedCount(int entrypoint) => _operatedCount[entrypoint];

        /// <summary>The minimal sets of 2 to <see cref="MaxSetSize"/> people, in the order of their people's names.</summary>
        public IReadOnlyList<OwnerSet> Sets { get; }

        [MethodImpl(HotPath.Optimized)]
        public static TruckFactorAnalysis Run(SpofModel model, FailureGraph graph, CancellationToken cancellation)
        {
            var personIndex = new Dictionary<string, int>(model.PersonNames.Count, StringComparer.Ordinal);
            for (var p = 0; p < model.PersonNames.Count; p++)
            {
                personIndex[model.PersonNames[p]] = p;
            }

            // Per component: how many people can operate it, and when at most MaxSetSize, which (as a key).
            var ownerCount = new int[graph.ComponentCount];
            var setKey = new long[graph.ComponentCount];
            var peopleOf = new Dictionary<long, IReadOnlyList<string>>();
            for (var c = 0; c < graph.ComponentCount; c++)
            {
                var component = model.Components[c];
                var owners = component.Owners.Count == 0 ? Array.Empty<string>() : model.OwnersOf(component);
                ownerCount[c] = owners.Count;
                if (owners.Count > 0 && owners.Count <= MaxSetSize)
                {
                    long key = 0;
                    foreach (var owner in owners)
                    {
                        key = (key << KeyBits) | (long)(personIndex[owner] + 1);
                    }

                    setKey[c] = key;
                    peopleOf[key] = owners;
                }
            }

            // Each entrypoint's walk depends on it alone: walk them on every core, then merge in name order. Without any
            // owner there is nothing to find, and a walk per entrypoint would cost n²/2 steps on a chain of n entrypoints.
            var entrypoints = EntrypointNodes(model);
            if (Array.TrueForAll(ownerCount, count => count == 0))
            {
                var none = new int[entrypoints.Length][];
                for (var k = 0; k < none.Length; k++)
                {
                    none[k] = Array.Empty<int>();
                }

                return new TruckFactorAnalysis(entrypoints, new int[entrypoints.Length], Array.Empty<OwnerSet>(), none, new int[entrypoints.Length]);
            }

            var walks = new OwnerWalk[entrypoints.Length];
            ParallelChunks.Run(entrypoints.Length, 4, cancellation, () => new OwnerWalker(graph, ownerCount, setKey), (k, walker) => walks[k] = walker.Walk(entrypoints[k]));
            var truckFactors = new int[entrypoints.Length];
            var operated = new int[entrypoints.Length][];
            var operatedCount = new int[entrypoints.Length];
            var sets = new Dictionary<long, SetBuilder>();
            for (var k = 0; k < entrypoints.Length; k++)
            {
                var walk = walks[k];
                truckFactors[k] = walk.TruckFactor;
                operated[k] = walk.Operated;
                operatedCount[k] = walk.OperatedCount;
                for (var i = 0; i < walk.Keys.Count; i++)
                {
                    var key = walk.Keys[i];
                    if (!sets.TryGetValue(key, out var set))
                    {
                        sets[key] = set = new SetBuilder(walk.Paths[key]);
                    }

                    set.Add(entrypoints[k], walk.Components[i]);
                }
            }

            return new TruckFactorAnalysis(entrypoints, truckFactors, Ordered(sets, peopleOf), operated, operatedCount);
        }

        /// <summary>Whether no smaller set found in the same walk (<paramref name="found"/>) is part of the set of <paramref name="key"/>.</summary>
        internal static bool IsMinimal(long key, HashSet<long> found)
        {
            var mask = (1L << KeyBits) - 1;
            var a = key >> (2 * KeyBits);
            var b = (key >> KeyBits) & mask;
            var c = key & mask;
            if (a == 0)
            {
                // Two people, b and c.
                return !found.Contains(b) && !found.Contains(c);
            }

            return !found.Contains(a) && !found.Contains(b) && !found.Contains(c)
                && !found.Contains((a << KeyBits) | b) && !found.Contains((a << KeyBits) | c) && !found.Contains((b << KeyBits) | c);
        }

        private static int[] EntrypointNodes(SpofModel model)
        {
            var names = new SortedSet<string>(model.Entrypoints, StringComparer.Ordinal);
            var nodes = new int[names.Count];
            var next = 0;
            foreach (var name in names)
            {
                nodes[next++] = model.ComponentIndex[name];
            }

            return nodes;
        }

        private static IReadOnlyList<OwnerSet> Ordered(Dictionary<long, SetBuilder> sets, Dictionary<long, IReadOnlyList<string>> peopleOf)
        {
            var ordered = new List<OwnerSet>(sets.Count);
            foreach (var pair in sets)
            {
                ordered.Add(pair.Value.Build(peopleOf[pair.Key]));
            }

            ordered.Sort((x, y) => string.CompareOrdinal(string.Join("+", x.People), string.Join("+", y.People)));
            return ordered;
        }

        /// <summary>One set's entrypoints and components as the walks find them.</summary>
        private sealed class SetBuilder
        {
            private readonly List<int> _entrypoints = new List<int>();
            private readonly List<int> _components = new List<int>();
            private readonly HashSet<int> _seenComponents = new HashSet<int>();
            private readonly int[] _path;

            public SetBuilder(int[] path)
            {
                _path = path;
            }

            public void Add(int entrypoint, int component)
            {
                if (_entrypoints.Count == 0 || _entrypoints[_entrypoints.Count - 1] != entrypoint)
                {
                    _entrypoints.Add(entrypoint);
                }

                if (_seenComponents.Add(component))
                {
                    _components.Add(component);
                }
            }

            public OwnerSet Build(IReadOnlyList<string> people) => new OwnerSet(people, _entrypoints.ToArray(), _components.ToArray(), _path);
        }
    }
}
