using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SpofAudit.Analysis.FaultTrees
{
    /// <summary>
    /// Makes k-of-n gates and simplifies as it goes: constants fold away, a gate of one argument is that
    /// argument, and a repeated argument is deduplicated (or, in an at-least gate, split out exactly), because
    /// Open-PSA forbids duplicate arguments and SCRAM 0.16.2 miscounts an at-least gate whose arguments
    /// coincide through pass-through gates.
    /// </summary>
    internal sealed class FaultFormulaFactory
    {
        private const int SmallList = 12;
        private int _helpers;

        /// <summary>The formula "at least <paramref name="k"/> of <paramref name="args"/> have failed", named <paramref name="name"/> when it needs a gate.</summary>
        public FaultFormula AtLeast(string name, int k, IEnumerable<FaultFormula> args)
        {
            var live = new List<FaultFormula>();
            foreach (var arg in args)
            {
                if (arg.Constant == true)
                {
                    k--;
                }
                else if (arg.Constant != false)
                {
                    live.Add(arg);
                }
            }

            if (k <= 0)
            {
                return FaultFormula.True;
            }

            if (k > live.Count)
            {
                return FaultFormula.False;
            }

            if (k == 1 || k == live.Count)
            {
                var distinct = Distinct(live);
                return distinct.Count == 1 ? distinct[0] : FaultFormula.Gate(name, k == 1 ? FaultOperator.Or : FaultOperator.And, 0, distinct);
            }

            var repeated = FirstRepeated(live);
            if (repeated == null)
            {
                return FaultFormula.Gate(name, FaultOperator.AtLeast, k, live);
            }

            // k of (f repeated m times, rest) = (f and k-m of rest) or (k of rest): exact for a monotone f.
            var times = live.Count(a => a.SameAs(repeated));
            var rest = live.Where(a => !a.SameAs(repeated)).ToList();
            var withIt = AtLeast(Helper(name), 2, new[] { repeated, AtLeast(Helper(name), k - times, rest) });
            var without = AtLeast(Helper(name), k, rest);
            return AtLeast(name, 1, new[] { withIt, without });
        }

        public FaultFormula Or(string name, IEnumerable<FaultFormula> args) => AtLeast(name, 1, args);

        private string Helper(string name) => name + "__h" + (++_helpers).ToString(CultureInfo.InvariantCulture);

        private static FaultFormula? FirstRepeated(List<FaultFormula> args)
        {
            if (args.Count <= SmallList)
            {
                for (var i = 1; i < args.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (args[i].SameAs(args[j]))
                        {
                            return args[i];
                        }
                    }
                }

                return null;
            }

            var seen = new HashSet<object>();
            return args.FirstOrDefault(a => !seen.Add(a.BasicEvent ?? (object)a));
        }

        private static List<FaultFormula> Distinct(List<FaultFormula> args)
        {
            // Most gates have a handful of arguments: compare pairwise rather than allocate sets.
            if (FirstRepeated(args) == null)
            {
                return args;
            }

            var result = new List<FaultFormula>(args.Count);
            var events = new HashSet<string>();
            var gates = new HashSet<FaultFormula>();
            foreach (var arg in args)
            {
                if (arg.BasicEvent != null ? events.Add(arg.BasicEvent) : gates.Add(arg))
                {
                    result.Add(arg);
                }
            }

            return result;
        }
    }
}
