using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The registry of finding rules, the one list the analyzer runs and every report format, diagram and kind
    /// parameter reads. It holds every concrete <see cref="FindingRule"/> class of this assembly, found once by
    /// reflection, so a new kind is one new rule file and nothing else in the code (docs/contributing.md); the order
    /// is each kind's rank, and tests check that kinds and ranks are unique and that every rule renders in every format.
    /// </summary>
    public static class FindingRules
    {
        /// <summary>Every rule, in report order (by <see cref="FindingKind.Rank"/>).</summary>
        public static readonly IReadOnlyList<FindingRule> All = Discover();

        /// <summary>Every kind, in report order.</summary>
        public static readonly IReadOnlyList<FindingKind> Kinds = All.Select(r => r.Kind).ToArray();

        /// <summary>Every kind's name, in report order: what help texts and error messages list.</summary>
        public static readonly IReadOnlyList<string> Names = Kinds.Select(k => k.Name).ToArray();

        /// <summary>Where <paramref name="kind"/> stands in <see cref="All"/>: the SARIF rule index.</summary>
        public static int IndexOf(FindingKind kind)
        {
            for (var i = 0; i < All.Count; i++)
            {
                if (All[i].Kind == kind)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The rule of <paramref name="kind"/>; every kind has one, since only rules declare kinds.</summary>
        public static FindingRule Of(FindingKind kind)
        {
            foreach (var rule in All)
            {
                if (rule.Kind == kind)
                {
                    return rule;
                }
            }

            throw new ArgumentException($"Finding kind '{kind}' has no rule in {nameof(FindingRules)}.{nameof(All)}.", nameof(kind));
        }

        private static FindingRule[] Discover()
        {
            Type[] types;
            try
            {
                types = typeof(FindingRule).Assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                // A type whose dependency cannot load is no rule; the rules themselves depend on Core alone.
                types = partial.Types.Where(t => t != null).ToArray()!;
            }

            return types
                .Where(t => !t.IsAbstract && typeof(FindingRule).IsAssignableFrom(t))
                .Select(t => (FindingRule)Activator.CreateInstance(t, nonPublic: true)!)
                .OrderBy(r => r.Kind.Rank)
                .ToArray();
        }
    }
}
