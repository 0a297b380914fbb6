using System;
using System.Collections.Generic;
using SpofAudit.Export;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The fallback when the decision diagram outgrows its budget: sample every basic event independently, evaluate
    /// the formula, count the samples in which it is true. Seeded, so a run is reproducible; the standard error is
    /// √(p(1−p)/n). Rare outages are estimated poorly (no failure in n samples gives 0 ± 0): the method is named in
    /// the output so nobody mistakes it for the exact figure.
    /// </summary>
    internal static class MonteCarloEstimate
    {
        public const int Samples = 100_000;
        public const int Seed = 1;

        public static double Run(FaultFormula formula, Func<string, double> failure, out double standardError)
        {
            var order = new List<FaultFormula>();
            var slot = new Dictionary<FaultFormula, int>();
            var events = new Dictionary<string, int>(StringComparer.Ordinal);
            var eventFailure = new List<double>();
            Compile(formula, order, slot, events, eventFailure, failure);

            var random = new Random(Seed);
            var eventState = new bool[eventFailure.Count];
            var value = new bool[order.Count];
            var down = 0;
            for (var sample = 0; sample < Samples; sample++)
            {
                for (var e = 0; e < eventState.Length; e++)
                {
                    eventState[e] = random.NextDouble() < eventFailure[e];
                }

                for (var i = 0; i < order.Count; i++)
                {
                    value[i] = Evaluate(order[i], slot, events, eventState, value);
                }

                if (value[order.Count - 1])
                {
                    down++;
                }
            }

            var p = (double)down / Samples;
            standardError = Math.Sqrt(p * (1 - p) / Samples);
            return p;
        }

        /// <summary>Children before parents, so one forward pass evaluates a sample; the root comes last.</summary>
        private static void Compile(FaultFormula root, List<FaultFormula> order, Dictionary<FaultFormula, int> slot, Dictionary<string, int> events, List<double> eventFailure, Func<string, double> failure)
        {
            var stack = new Stack<(FaultFormula Formula, bool Expanded)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (formula, expanded) = stack.Pop();
                if (slot.ContainsKey(formula))
                {
                    continue;
                }

                if (formula.BasicEvent != null && !events.ContainsKey(formula.BasicEvent))
                {
                    events[formula.BasicEvent] = eventFailure.Count;
                    eventFailure.Add(failure(formula.BasicEvent));
                }

                if (expanded || !formula.IsGate)
                {
                    slot[formula] = order.Count;
                    order.Add(formula);
                    continue;
                }

                stack.Push((formula, true));
                foreach (var arg in formula.Args)
                {
                    stack.Push((arg, false));
                }
            }
        }

        private static bool Evaluate(FaultFormula formula, Dictionary<FaultFormula, int> slot, Dictionary<string, int> events, bool[] eventState, bool[] value)
        {
            if (formula.Constant is bool constant)
            {
                return constant;
            }

            if (formula.BasicEvent != null)
            {
                return eventState[events[formula.BasicEvent]];
            }

            var failed = 0;
            foreach (var arg in formula.Args)
            {
                if (value[slot[arg]])
                {
                    failed++;
                }
            }

            return formula.Operator == FaultOperator.Or ? failed > 0
                : formula.Operator == FaultOperator.And ? failed == formula.Args.Count
                : failed >= formula.Min;
        }
    }
}
