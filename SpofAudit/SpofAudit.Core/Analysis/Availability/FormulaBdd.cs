using System.Collections.Generic;
using SpofAudit.Analysis.FaultTrees;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// One fault-tree formula (the "down" logic of <see cref="FaultTreeBuilder"/>) as a BDD. Variables are numbered in
    /// the order a depth-first walk of the formula first meets them, so the events of one component, and of the
    /// components it depends on, sit next to each other and shared structure stays small. Gates are translated
    /// once each (the formula is a DAG), at-least gates by dynamic programming over (argument, failures still
    /// needed): O(n·k) diagram operations, never the binomial expansion.
    /// </summary>
    internal sealed class FormulaBdd
    {
        private readonly Dictionary<FaultFormula, int> _translated = new Dictionary<FaultFormula, int>();
        private readonly Dictionary<string, int> _variables = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly List<string> _events = new List<string>();

        private FormulaBdd(Bdd diagram)
        {
            Diagram = diagram;
        }

        public Bdd Diagram { get; }

        /// <summary>The root node of the formula.</summary>
        public int Root { get; private set; }

        /// <summary>The basic event of each variable, by variable index.</summary>
        public IReadOnlyList<string> Events => _events;

        /// <summary>Throws <see cref="BddBudgetExceededException"/> when the diagram outgrows <paramref name="nodeBudget"/>.</summary>
        public static FormulaBdd Build(FaultFormula formula, int nodeBudget)
        {
            var result = new FormulaBdd(new Bdd(nodeBudget));
            result.Order(formula, new HashSet<FaultFormula>());
            result.Root = result.Translate(formula);
            return result;
        }

        private void Order(FaultFormula formula, HashSet<FaultFormula> seen)
        {
            if (formula.BasicEvent != null)
            {
                if (!_variables.ContainsKey(formula.BasicEvent))
                {
                    _variables[formula.BasicEvent] = _events.Count;
                    _events.Add(formula.BasicEvent);
                }

                return;
            }

            if (!formula.IsGate || !seen.Add(formula))
            {
                return;
            }

            foreach (var arg in formula.Args)
            {
                Order(arg, seen);
            }
        }

        private int Translate(FaultFormula formula)
        {
            if (formula.Constant is bool constant)
            {
                return constant ? Bdd.True : Bdd.False;
            }

            if (formula.BasicEvent != null)
            {
                return Diagram.Variable(_variables[formula.BasicEvent]);
            }

            if (_translated.TryGetValue(formula, out var known))
            {
                return known;
            }

            var args = new int[formula.Args.Count];
            for (var i = 0; i < args.Length; i++)
            {
                args[i] = Translate(formula.Args[i]);
            }

            var node = formula.Operator == FaultOperator.Or ? AtLeast(1, args)
                : formula.Operator == FaultOperator.And ? AtLeast(args.Length, args)
                : AtLeast(formula.Min, args);
            _translated[formula] = node;
            return node;
        }

        /// <summary>
        /// "At least k of args true": row i holds, for each j, the diagram of "at least j of args[i..] true", built from
        /// the last argument back: at(i, j) = ite(args[i], at(i+1, j-1), at(i+1, j)).
        /// </summary>
        private int AtLeast(int k, int[] args)
        {
            var n = args.Length;
            var next = new int[k + 1];
            for (var j = 0; j <= k; j++)
            {
                next[j] = j == 0 ? Bdd.True : Bdd.False;
            }

            for (var i = n - 1; i >= 0; i--)
            {
                var row = new int[k + 1];
                row[0] = Bdd.True;
                // Row i is only ever read at j >= k - i (the rows before it consumed at most i failures).
                for (var j = System.Math.Max(1, k - i); j <= k; j++)
                {
                    row[j] = j > n - i ? Bdd.False : Diagram.Ite(args[i], next[j - 1], next[j]);
                }

                next = row;
            }

            return next[k];
        }
    }
}
